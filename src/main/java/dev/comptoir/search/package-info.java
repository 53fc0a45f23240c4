/**
 * Search: the full-text product index (Hibernate Search over the catalog's entities, mapped
 * programmatically here so that catalog stays free of search concerns), the listing and suggest
 * queries, and keeping the index in step with catalog writes (entity changes, stock and rating events).
 */
@ApplicationModule(allowedDependencies = {"catalog", "markets", "catalog :: listing", "catalog :: product", "catalog :: category"})
package dev.comptoir.search;

import org.springframework.modulith.ApplicationModule;
