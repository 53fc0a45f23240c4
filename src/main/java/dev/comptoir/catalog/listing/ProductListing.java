package dev.comptoir.catalog.listing;

import dev.comptoir.catalog.CatalogLocale;

/**
 * Answers {@code GET /api/products}. The database implementation handles filters and sorts; the
 * search module's implementation replaces it ({@code @Primary}) to add full-text {@code q}, relevance
 * and facets.
 */
public interface ProductListing {

    /** A page of products, their texts (and the search's language) in {@code locale}. */
    ProductPage list(ProductQuery query, CatalogLocale locale);
}
