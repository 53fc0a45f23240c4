/**
 * Analytics: revenue, orders, refunds, new customers, series and top sellers for staff. It keeps its own
 * read model fed by events (orders, customers) and asks the catalog only for categories and stock;
 * nothing depends on it.
 */
@ApplicationModule(allowedDependencies = {"orders", "customers", "catalog", "markets"})
package dev.comptoir.analytics;

import org.springframework.modulith.ApplicationModule;
