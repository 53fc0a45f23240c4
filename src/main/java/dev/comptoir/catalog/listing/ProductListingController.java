package dev.comptoir.catalog.listing;

import dev.comptoir.catalog.CatalogLocale;
import dev.comptoir.catalog.LocaleParameters;
import dev.comptoir.catalog.product.CatalogMarkets;
import dev.comptoir.markets.Market;
import dev.comptoir.markets.MarketParameters;
import dev.comptoir.markets.RequestMarket;
import dev.comptoir.shared.openapi.ApiHeader;
import dev.comptoir.shared.openapi.ApiHeaders;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/products}: live products, filtered, sorted and paginated. */
@RestController
@Tag(name = "Products")
class ProductListingController {

    private final ProductListing listing;
    private final CatalogMarkets markets;

    ProductListingController(ProductListing listing, CatalogMarkets markets) {
        this.listing = listing;
        this.markets = markets;
    }

    @GetMapping("/api/products")
    @ApiHeaders(ApiHeader.ETAG)
    @LocaleParameters
    @MarketParameters
    @Operation(operationId = "listProducts", summary = "Browse and search the catalog",
            description = "Live products, paged (`limit` at most 100), their texts in the negotiated language "
            + "(`locale`). `q` searches names and descriptions in that language first, then in the others "
            + "(then `sort=relevance` is the default); `category` (slug in any language, or id) includes its "
            + "subcategories; `facets=true` adds counts per category, price band and rating for the same filters. "
            + "The request's market (`market`, `X-Market`, `country`) decides the currency: only products priced in "
            + "it are listed, and `minPrice`, `maxPrice`, the price sorts and bands apply to prices as it displays "
            + "them (incl. tax in a tax-inclusive market). Each product shows the price lists that apply to the "
            + "reader (everyone's; a signed-in customer's groups' too), while filters, sorts and bands use the "
            + "regular prices.")
    ProductPage list(@RequestParam(required = false) String q,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) BigDecimal minPrice,
            @RequestParam(required = false) BigDecimal maxPrice,
            @RequestParam(required = false) Boolean inStock,
            @RequestParam(required = false) Boolean featured,
            @RequestParam(required = false) Boolean onSale,
            @RequestParam(required = false) BigDecimal minRating,
            @Parameter(description = "order of the results (default: relevance with q, newest without)",
                    schema = @Schema(allowableValues = {"relevance", "price_asc", "price_desc", "newest", "rating", "name"}))
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Boolean facets,
            @RequestMarket Market market, CatalogLocale locale) {
        return listing.list(ProductQuery.of(q, category, minPrice, maxPrice, inStock, featured, onSale, minRating, sort,
                page, limit, facets, markets.of(market)), locale);
    }
}
