package dev.comptoir.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Totals for cart and checkout: tax by destination country, shipping by the market's zones, delivery
 * estimate, and catalog prices as a market displays them (ADR 0009). Pure computation over the
 * configured VAT rates ({@code comptoir.pricing}) and the market's {@link PriceContext}; no database.
 */
@Service
public class PricingService {

    private final TotalsCalculator calculator;
    private final PricingProperties rules;
    private final ObjectProvider<DefaultMarketPricing> defaultMarket;

    PricingService(PricingProperties rules, ObjectProvider<DefaultMarketPricing> defaultMarket) {
        this.rules = rules;
        this.calculator = new TotalsCalculator(rules);
        this.defaultMarket = defaultMarket;
    }

    /**
     * Prices a basket in a market. {@code subtotal}, {@code discount} and the zones' amounts are net in
     * a tax-exclusive market, gross in a tax-inclusive one. {@code discount} is capped at the subtotal;
     * {@code country} is an ISO 3166-1 alpha-2 code (any case), or null before the buyer gives an
     * address (the market's first country is used). An invalid code is a 400 {@code invalid_country};
     * a country in none of the market's shipping zones is a 422 {@code shipping_unavailable}.
     */
    public Totals compute(PriceContext market, BigDecimal subtotal, @Nullable BigDecimal discount,
            boolean freeShipping, @Nullable String country, LocalDate orderDate) {
        return calculator.compute(market, subtotal, discount, freeShipping, country, orderDate);
    }

    /** Prices a basket in the default market: {@link #compute(PriceContext, BigDecimal, BigDecimal, boolean, String, LocalDate)}. */
    public Totals compute(BigDecimal subtotal, @Nullable BigDecimal discount, boolean freeShipping,
            @Nullable String countryOrNull, LocalDate orderDate) {
        return calculator.compute(defaultPriceContext(), subtotal, discount, freeShipping, countryOrNull, orderDate);
    }

    /** A net catalog amount as {@code market} shows it: excl., incl. (first country's VAT) and displayed. */
    public DisplayPrice displayPrices(BigDecimal net, PriceContext market) {
        return calculator.displayPrices(net, market);
    }

    /** The VAT rate of a country as a fraction (0.20 for 20%); 400 {@code invalid_country} for a bad code. */
    public BigDecimal taxRate(String country) {
        return calculator.taxRate(country);
    }

    /** Whether shipping is taxed like the goods ({@code comptoir.pricing.tax.shipping-taxable}). */
    public boolean shippingTaxable() {
        return rules.tax().shippingTaxable();
    }

    /** The country as an upper-case ISO code, or 400 {@code invalid_country}; null gives the default. */
    public String checkCountry(@Nullable String countryOrNull) {
        return calculator.country(countryOrNull);
    }

    /** The configured currency ({@code comptoir.pricing.currency}), the default market's. */
    public String currency() {
        return rules.currency();
    }

    /** The configured default country ({@code comptoir.pricing.default-country}). */
    public String defaultCountry() {
        return rules.defaultCountry();
    }

    /**
     * The configured rules as a price context (tax-exclusive, default country, configured zones): what
     * the default market is built from when none is stored.
     */
    public PriceContext configuredPriceContext() {
        return rules.priceContext();
    }

    /** The default market's context, or the configured one while no market module answers. */
    private PriceContext defaultPriceContext() {
        DefaultMarketPricing market = defaultMarket.getIfAvailable();
        return market == null ? rules.priceContext() : market.defaultPriceContext();
    }
}
