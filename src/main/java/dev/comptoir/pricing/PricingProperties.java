package dev.comptoir.pricing;

import dev.comptoir.shared.InvalidConfigurationException;
import dev.comptoir.shared.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Taxes and shipping ({@code comptoir.pricing}); the defaults (EU standard VAT rates, three shipping
 * zones) are in application.yml. Every value is checked at start: a bad one stops the start with one
 * line naming the property.
 */
@ConfigurationProperties("comptoir.pricing")
record PricingProperties(
        @DefaultValue("EUR") String currency,
        @DefaultValue("FR") String defaultCountry,
        @DefaultValue Tax tax,
        @DefaultValue Shipping shipping) {

    static final String PREFIX = "comptoir.pricing.";
    /** The country list of a zone that takes every country not listed by another zone. */
    static final String ANY_COUNTRY = ShippingZone.ANY_COUNTRY;
    static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    PricingProperties {
        if (currency == null || !isCurrency(currency.strip().toUpperCase(Locale.ROOT))) {
            throw new InvalidConfigurationException(PREFIX + "currency", "must be an ISO 4217 code like EUR (got '"
                    + currency + "')");
        }
        if (!Money.isSupported(currency)) {
            throw new InvalidConfigurationException(PREFIX + "currency", "must be a currency with 0 or 2 decimals"
                    + " such as EUR or JPY (got '" + currency + "')");
        }
        currency = currency.strip().toUpperCase(Locale.ROOT);
        defaultCountry = country(defaultCountry, PREFIX + "default-country");
        if (shipping.zoneFor(defaultCountry) == null) {
            throw new InvalidConfigurationException(PREFIX + "default-country",
                    defaultCountry + " is in no shipping zone (comptoir.pricing.shipping.zones)");
        }
    }

    /** The configured rules as the default market prices with them: tax-exclusive, in the default country. */
    PriceContext priceContext() {
        return new PriceContext(currency, false, defaultCountry, shipping.shippingZones());
    }

    record Tax(@DefaultValue("false") boolean shippingTaxable, Map<String, BigDecimal> rates,
               @DefaultValue("0") BigDecimal defaultRate) {

        Tax {
            Map<String, BigDecimal> normalized = new HashMap<>();
            if (rates != null) {
                rates.forEach((key, rate) -> {
                    String setting = PREFIX + "tax.rates." + key;
                    normalized.put(country(key, setting), fraction(rate, setting));
                });
            }
            rates = Map.copyOf(normalized);
            defaultRate = fraction(defaultRate, PREFIX + "tax.default-rate");
        }

        BigDecimal rateFor(String country) {
            return rates.getOrDefault(country, defaultRate);
        }
    }

    record Shipping(List<Zone> zones) {

        Shipping {
            if (zones == null || zones.isEmpty()) {
                throw new InvalidConfigurationException(PREFIX + "shipping.zones", "must list at least one zone");
            }
            Set<String> names = new HashSet<>();
            Set<String> countries = new HashSet<>();
            List<Zone> checked = new ArrayList<>();
            for (int i = 0; i < zones.size(); i++) {
                String setting = PREFIX + "shipping.zones[" + i + "]";
                Zone zone = zones.get(i).checked(setting);
                if (!names.add(zone.name())) {
                    throw new InvalidConfigurationException(setting + ".name", "'" + zone.name() + "' is used twice");
                }
                for (String country : zone.countries()) {
                    if (!countries.add(country)) {
                        throw new InvalidConfigurationException(setting + ".countries",
                                country + " is already in another zone");
                    }
                }
                checked.add(zone);
            }
            zones = List.copyOf(checked);
        }

        /** The zones as a market's shipping zones, in their configured order. */
        List<ShippingZone> shippingZones() {
            return zones.stream()
                    .map(z -> new ShippingZone(z.name(), z.countries(), z.flatRate(), z.freeAbove(),
                            z.deliveryDaysMin(), z.deliveryDaysMax()))
                    .toList();
        }

        /** The zone listing the country, else the catch-all zone, else null. */
        Zone zoneFor(String country) {
            Zone anyCountry = null;
            for (Zone zone : zones) {
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

    record Zone(String name, List<String> countries, BigDecimal flatRate, BigDecimal freeAbove,
                int deliveryDaysMin, int deliveryDaysMax) {

        /** The zone with upper-case country codes, or a start failure naming the bad property. */
        Zone checked(String setting) {
            if (name == null || name.isBlank()) {
                throw new InvalidConfigurationException(setting + ".name", "must not be empty");
            }
            if (countries == null || countries.isEmpty()) {
                throw new InvalidConfigurationException(setting + ".countries",
                        "must list ISO 3166-1 alpha-2 codes, or * for every other country");
            }
            List<String> codes = countries.stream()
                    .map(c -> ANY_COUNTRY.equals(c == null ? null : c.strip()) ? ANY_COUNTRY
                            : country(c, setting + ".countries"))
                    .toList();
            BigDecimal rate = amount(flatRate, setting + ".flat-rate", false);
            BigDecimal threshold = amount(freeAbove, setting + ".free-above", true);
            if (deliveryDaysMin < 0 || deliveryDaysMax < deliveryDaysMin || deliveryDaysMax > 365) {
                throw new InvalidConfigurationException(setting + ".delivery-days-max",
                        "must be at least delivery-days-min (" + deliveryDaysMin + "), which must be 0 or more,"
                                + " and at most 365 (got " + deliveryDaysMax + ")");
            }
            return new Zone(name.strip(), codes, rate, threshold, deliveryDaysMin, deliveryDaysMax);
        }
    }

    private static String country(String code, String setting) {
        String upper = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!ISO_COUNTRIES.contains(upper)) {
            throw new InvalidConfigurationException(setting, "'" + code
                    + "' is not an ISO 3166-1 alpha-2 country code (quote NO, ON, YES... in YAML)");
        }
        return upper;
    }

    private static BigDecimal fraction(BigDecimal rate, String setting) {
        if (rate == null || rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
            throw new InvalidConfigurationException(setting, "must be a fraction from 0 to under 1, like 0.20 for 20%"
                    + " (got " + rate + ")");
        }
        return rate;
    }

    private static BigDecimal amount(BigDecimal value, String setting, boolean optional) {
        if (value == null && optional) {
            return null;
        }
        if (value == null || value.signum() < 0 || value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
            throw new InvalidConfigurationException(setting, "must be an amount of 0 or more with at most 2 decimals"
                    + " (got " + value + ")");
        }
        return value.setScale(2);
    }

    private static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
