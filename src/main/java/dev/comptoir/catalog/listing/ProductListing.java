package dev.comptoir.catalog.listing;

import dev.comptoir.catalog.product.ProductResponse;
import dev.comptoir.shared.web.PageResponse;

/**
 * Answers {@code GET /api/products}. The database implementation handles filters and sorts; a
 * search-engine implementation can replace it (declare it {@code @Primary}) to add {@code q},
 * relevance and facets.
 */
public interface ProductListing {

    PageResponse<ProductResponse> list(ProductQuery query);
}
