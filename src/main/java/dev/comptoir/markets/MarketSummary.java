package dev.comptoir.markets;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The public part of a market: what a storefront needs to offer a choice of country and currency. */
record MarketSummary(
        String code,
        String name,
        List<String> countries,
        String currency,
        boolean taxInclusive,
        String defaultLocale,
        List<String> locales,
        @JsonProperty("isDefault") boolean isDefault) {

    static MarketSummary of(Market m) {
        return new MarketSummary(m.code(), m.name(), m.countries(), m.currency(), m.taxInclusive(),
                m.defaultLocale(), m.locales(), m.isDefault());
    }
}
