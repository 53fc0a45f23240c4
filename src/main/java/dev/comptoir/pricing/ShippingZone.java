package dev.comptoir.pricing;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A shipping zone of a market: the countries it serves ({@link #ANY_COUNTRY} for every country no
 * other zone of the market lists), a flat rate, free from {@code freeAbove} (subtotal − discount, as
 * the shopper sees it) when set, and a delivery time in business days. Amounts are in the market's
 * currency and, in a tax-inclusive market, include tax.
 */
public record ShippingZone(
        String name,
        List<String> countries,
        BigDecimal flatRate,
        @Nullable BigDecimal freeAbove,
        int deliveryDaysMin,
        int deliveryDaysMax) {

    /** The country list entry of a zone that takes every country not listed by another zone. */
    public static final String ANY_COUNTRY = "*";

    public ShippingZone {
        countries = List.copyOf(countries);
    }

    /** The zone of {@code zones} listing the country, else the catch-all zone, else null. */
    public static @Nullable ShippingZone zoneFor(List<ShippingZone> zones, String country) {
        ShippingZone anyCountry = null;
        for (ShippingZone zone : zones) {
            if (zone.countries().contains(country)) {
                return zone;
            }
            if (zone.countries().contains(ANY_COUNTRY)) {
                anyCountry = zone;
            }
        }
        return anyCountry;
    }
}
