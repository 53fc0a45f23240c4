package dev.comptoir.markets;

import dev.comptoir.pricing.PriceContext;
import dev.comptoir.pricing.ShippingZone;
import java.util.List;

/**
 * Where and how the shop sells: the countries of the market (the first one's VAT rate is in the prices
 * shown), its currency (catalog prices in it, no conversion), whether prices include tax, its languages
 * and shipping zones (amounts in the currency, gross in a tax-inclusive market). One market is the
 * default: requests that choose none are in it.
 */
public record Market(
        String code,
        String name,
        List<String> countries,
        String currency,
        boolean taxInclusive,
        String defaultLocale,
        List<String> locales,
        List<ShippingZone> shippingZones,
        boolean isDefault) {

    /** The code of the market built from the configuration at the first start. */
    public static final String DEFAULT_CODE = "default";

    public Market {
        countries = List.copyOf(countries);
        locales = List.copyOf(locales);
        shippingZones = List.copyOf(shippingZones);
    }

    /** The country whose VAT rate the displayed prices include, and the destination before an address. */
    public String firstCountry() {
        return countries.get(0);
    }

    /** What pricing needs of this market. */
    public PriceContext pricing() {
        return new PriceContext(currency, taxInclusive, firstCountry(), shippingZones);
    }
}
