package dev.comptoir.markets;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.comptoir.pricing.ShippingZone;
import java.time.Instant;
import java.util.List;

/** A market as the admin reads it. */
record MarketView(
        String code,
        String name,
        List<String> countries,
        String currency,
        boolean taxInclusive,
        String defaultLocale,
        List<String> locales,
        List<ShippingZone> shippingZones,
        @JsonProperty("isDefault") boolean isDefault,
        Instant createdAt,
        Instant updatedAt) {

    static MarketView of(StoredMarket stored) {
        Market m = stored.market();
        return new MarketView(m.code(), m.name(), m.countries(), m.currency(), m.taxInclusive(), m.defaultLocale(),
                m.locales(), m.shippingZones(), m.isDefault(), stored.createdAt(), stored.updatedAt());
    }
}
