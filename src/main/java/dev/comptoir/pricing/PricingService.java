package dev.comptoir.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * Totals for cart and checkout: tax by destination country, shipping by zone, delivery estimate.
 * Pure computation over the configured rules ({@code comptoir.pricing}); no database.
 */
@Service
public class PricingService {

    private final TotalsCalculator calculator;
    private final PricingProperties rules;

    PricingService(PricingProperties rules) {
        this.rules = rules;
        this.calculator = new TotalsCalculator(rules);
    }

    /**
     * Prices a basket. {@code discount} is capped at the subtotal; {@code countryOrNull} is an
     * ISO 3166-1 alpha-2 code (any case), or null before the buyer gives an address (the default
     * country is used). An invalid code is a 400 {@code invalid_country}; a country in no shipping
     * zone is a 422 {@code shipping_unavailable}.
     */
    public Totals compute(BigDecimal subtotal, BigDecimal discount, boolean freeShipping, String countryOrNull,
            LocalDate orderDate) {
        return calculator.compute(subtotal, discount, freeShipping, countryOrNull, orderDate);
    }

    /** The country as an upper-case ISO code, or 400 {@code invalid_country}; null gives the default. */
    public String checkCountry(String countryOrNull) {
        return calculator.country(countryOrNull);
    }

    public String currency() {
        return rules.currency();
    }
}
