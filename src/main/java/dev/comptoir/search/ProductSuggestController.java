package dev.comptoir.search;

import dev.comptoir.catalog.CatalogLocale;
import dev.comptoir.catalog.LocaleParameters;
import dev.comptoir.catalog.product.CatalogMarkets;
import dev.comptoir.markets.Market;
import dev.comptoir.markets.MarketParameters;
import dev.comptoir.markets.RequestMarket;
import dev.comptoir.shared.openapi.ApiHeader;
import dev.comptoir.shared.openapi.ApiHeaders;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/products/suggest?q=}: up to ten live products whose name completes the prefix. */
@Tag(name = "Search")
@RestController
class ProductSuggestController {

    private final ProductSuggestions suggestions;
    private final CatalogMarkets markets;

    ProductSuggestController(ProductSuggestions suggestions, CatalogMarkets markets) {
        this.suggestions = suggestions;
        this.markets = markets;
    }

    @ApiHeaders(ApiHeader.ETAG)
    @LocaleParameters
    @MarketParameters
    @Operation(operationId = "suggestProducts", summary = "Product names as you type",
            description = "Up to 10 live products whose name matches every word of `q` as a prefix, best match "
            + "first, for a search box; a `q` shorter than 2 characters answers an empty list. Only products sold "
            + "in the request's market (priced in its currency) are suggested; names and slugs in the negotiated "
            + "language (`locale`), matched in it first, then in its fallback and the base name.")
    @GetMapping("/api/products/suggest")
    ProductSuggestions.Suggestions suggest(@RequestParam(required = false) String q, @RequestMarket Market market,
            CatalogLocale locale) {
        return suggestions.suggest(q, markets.of(market), locale);
    }
}
