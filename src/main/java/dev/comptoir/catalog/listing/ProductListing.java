package dev.comptoir.catalog.listing;

/**
 * Answers {@code GET /api/products}. The database implementation handles filters and sorts; the
 * search module's implementation replaces it ({@code @Primary}) to add full-text {@code q}, relevance
 * and facets.
 */
public interface ProductListing {

    ProductPage list(ProductQuery query);
}
