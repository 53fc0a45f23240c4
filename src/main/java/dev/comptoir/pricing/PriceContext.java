package dev.comptoir.pricing;

import java.util.List;

/**
 * What pricing needs to know of a market: its currency (amounts are rounded to its decimals),
 * whether its prices include tax, the country whose VAT rate the shown prices include (the market's
 * first country) and the destination used before the buyer gives an address, and its shipping zones.
 */
public record PriceContext(String currency, boolean taxInclusive, String displayCountry, List<ShippingZone> zones) {

    public PriceContext {
        zones = List.copyOf(zones);
    }
}
