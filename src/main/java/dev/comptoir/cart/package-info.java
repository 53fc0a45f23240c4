/**
 * Carts: anonymous (X-Session-Id) and customer carts, each in one market, priced from current catalog
 * prices in its currency (price lists applied) at read time with coupon, tax and shipping; moved to
 * another market when a request chooses one; merged into the customer's cart at login.
 */
@ApplicationModule(allowedDependencies = {"catalog", "promotions", "pricing", "customers", "markets", "pricelists"})
package dev.comptoir.cart;

import org.springframework.modulith.ApplicationModule;
