package dev.comptoir.markets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Markets", description = "The countries, currencies and languages the shop sells in")
@RestController
class MarketController {

    private final Markets markets;

    MarketController(Markets markets) {
        this.markets = markets;
    }

    @Operation(operationId = "listPublicMarkets", summary = "List the markets",
            description = "The markets a storefront can offer, the default first: each with its countries, currency, "
                    + "whether its prices include tax, and its locales. A request chooses its market with the `market` "
                    + "query parameter or the `X-Market` header, else by the `country` query parameter (the market "
                    + "listing it), else it is in the default market.")
    @GetMapping("/api/markets")
    List<MarketSummary> list() {
        return markets.all().stream().map(MarketSummary::of).toList();
    }

    @Operation(operationId = "getCurrentMarket", summary = "The request's market",
            description = "The market a request with these inputs is in: the one named by the `market` query parameter "
                    + "or the `X-Market` header, else the one listing the `country` given, else the default. A "
                    + "storefront asks it once to learn the currency and tax mode its shopper's country is sold in.")
    @MarketParameters
    @GetMapping("/api/markets/current")
    MarketSummary current(@RequestMarket Market market) {
        return MarketSummary.of(market);
    }
}
