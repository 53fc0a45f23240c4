package dev.comptoir.catalog.product;

import dev.comptoir.markets.Markets;
import dev.comptoir.pricing.PricingService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The market a storefront read is in, as the catalog needs it (see {@link MarketChoice}): an unknown
 * market is 400 {@code unknown_market}, a malformed country 400 {@code invalid_country}.
 */
@Component
public class CatalogMarkets {

    private final Markets markets;
    private final PricingService pricing;

    CatalogMarkets(Markets markets, PricingService pricing) {
        this.markets = markets;
        this.pricing = pricing;
    }

    public PriceDisplay of(MarketChoice choice, @Nullable String marketHeader) {
        String code = choice.market() != null && !choice.market().isBlank() ? choice.market() : marketHeader;
        return PriceDisplay.of(markets.resolve(code, choice.country()), pricing);
    }
}
