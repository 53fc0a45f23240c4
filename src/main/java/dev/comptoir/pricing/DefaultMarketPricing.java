package dev.comptoir.pricing;

/**
 * Supplies the default market's {@link PriceContext} to callers of the context-free
 * {@link PricingService} methods (implemented by the markets module, which depends on pricing; until
 * it answers, the configured {@code comptoir.pricing} rules are used).
 */
public interface DefaultMarketPricing {

    PriceContext defaultPriceContext();
}
