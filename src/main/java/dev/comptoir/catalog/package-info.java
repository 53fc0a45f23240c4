/**
 * Catalog: the category tree, products with their variants, images and prices per currency, their
 * translations (read in the languages of the request's market), and the storefront stock of every SKU
 * (inventory's projection, written through {@code CatalogService.showAvailable}; product writes carrying
 * stock ask inventory by {@link dev.comptoir.catalog.StockCountRequested});
 * storefront reads are in a market (module markets), at the prices its price lists give the reader
 * (module pricelists). Other modules use
 * {@link dev.comptoir.catalog.CatalogService} and listen to
 * {@link dev.comptoir.catalog.StockChanged} / {@link dev.comptoir.catalog.ProductChanged}.
 */
@ApplicationModule(allowedDependencies = {"markets", "pricing", "pricelists"})
package dev.comptoir.catalog;

import org.springframework.modulith.ApplicationModule;
