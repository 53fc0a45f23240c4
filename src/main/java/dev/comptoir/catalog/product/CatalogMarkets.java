package dev.comptoir.catalog.product;

import dev.comptoir.markets.Market;
import dev.comptoir.pricing.PricingService;
import org.springframework.stereotype.Component;

/** A storefront read's market ({@code @RequestMarket}) as the catalog shows prices in it. */
@Component
public class CatalogMarkets {

    private final PricingService pricing;

    CatalogMarkets(PricingService pricing) {
        this.pricing = pricing;
    }

    public PriceDisplay of(Market market) {
        return PriceDisplay.of(market, pricing);
    }
}
