package dev.comptoir.catalog.listing;

import java.math.BigDecimal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/products}: live products, filtered, sorted and paginated. */
@RestController
class ProductListingController {

    private final ProductListing listing;

    ProductListingController(ProductListing listing) {
        this.listing = listing;
    }

    @GetMapping("/api/products")
    ProductPage list(@RequestParam(required = false) String q,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) BigDecimal minPrice,
            @RequestParam(required = false) BigDecimal maxPrice,
            @RequestParam(required = false) Boolean inStock,
            @RequestParam(required = false) Boolean featured,
            @RequestParam(required = false) Boolean onSale,
            @RequestParam(required = false) BigDecimal minRating,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Boolean facets) {
        return listing.list(ProductQuery.of(q, category, minPrice, maxPrice, inStock, featured, onSale, minRating, sort,
                page, limit, facets));
    }
}
