/**
 * Catalog: the category tree, products with their variants and images, and the stock levels of
 * every SKU. Other modules use {@link dev.comptoir.catalog.CatalogService} and listen to
 * {@link dev.comptoir.catalog.StockChanged} / {@link dev.comptoir.catalog.ProductChanged}.
 */
@ApplicationModule(allowedDependencies = {})
package dev.comptoir.catalog;

import org.springframework.modulith.ApplicationModule;
