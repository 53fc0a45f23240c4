package dev.comptoir.markets;

import dev.comptoir.pricing.ShippingZone;
import dev.comptoir.shared.error.BadRequestException;
import dev.comptoir.shared.error.Problems.FieldProblem;
import dev.comptoir.shared.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a {@link MarketRequest} into a {@link Market}, or refuses it naming the field at fault
 * ({@code errors: [{field, message}]}): 400 {@code invalid_country} for a code that is no ISO 3166-1
 * country, {@code unsupported_currency} for a currency without 0 or 2 decimals (three-decimal ones
 * such as KWD included), {@code invalid_amount} for a zone amount with more decimals than the
 * currency has, {@code invalid_data} for the rest (locales, zones). Whether a country is already in
 * another market needs the database: {@link MarketAdminService} checks it.
 */
final class MarketRules {

    static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9_-]{1,31}";

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private MarketRules() {}

    static Market market(String code, MarketRequest request, boolean isDefault) {
        String currency = currency(request.currency());
        List<String> countries = countries(request.countries());
        String defaultLocale = request.defaultLocale().strip().toLowerCase(Locale.ROOT);
        List<String> locales = locales(request.locales() == null ? List.of(defaultLocale) : request.locales());
        if (!LANGUAGES.contains(defaultLocale)) {
            throw invalid("defaultLocale", "'" + defaultLocale + "' is not an ISO 639-1 language code");
        }
        if (!locales.contains(defaultLocale)) {
            throw invalid("defaultLocale", "must be one of the market's locales " + locales);
        }
        List<ShippingZone> zones = zones(request.shippingZones(), currency);
        for (String country : countries) {
            if (ShippingZone.zoneFor(zones, country) == null) {
                throw invalid("shippingZones", country + " is a country of the market but in no shipping zone"
                        + " (list it in a zone, or add a zone for *)");
            }
        }
        return new Market(code, request.name().strip(), countries, currency,
                Boolean.TRUE.equals(request.taxInclusive()), defaultLocale, locales, zones, isDefault);
    }

    static String code(String code) {
        return code.strip().toLowerCase(Locale.ROOT);
    }

    private static String currency(String code) {
        try {
            return Money.supportedCurrency(code);
        } catch (BadRequestException e) {
            throw new BadRequestException(e.code(), e.getMessage(), withField(e.details(), "currency", e.getMessage()));
        }
    }

    private static List<String> countries(List<String> codes) {
        Set<String> countries = new LinkedHashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String field = "countries[" + i + "]";
            String country = country(codes.get(i), field);
            if (!countries.add(country)) {
                throw invalid(field, country + " is listed twice");
            }
        }
        return List.copyOf(countries);
    }

    private static String country(String code, String field) {
        String country = code.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(country)) {
            String message = "'" + country + "' is not an ISO 3166-1 alpha-2 country code";
            throw new BadRequestException("invalid_country", "Invalid country: " + field + " " + message,
                    Map.of("country", country, "errors", FieldProblem.single(field, message)));
        }
        return country;
    }

    private static List<String> locales(List<String> tags) {
        Set<String> locales = new LinkedHashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            String field = "locales[" + i + "]";
            String locale = tags.get(i).strip().toLowerCase(Locale.ROOT);
            if (!LANGUAGES.contains(locale)) {
                throw invalid(field, "'" + locale + "' is not an ISO 639-1 language code");
            }
            if (!locales.add(locale)) {
                throw invalid(field, locale + " is listed twice");
            }
        }
        return List.copyOf(locales);
    }

    private static List<ShippingZone> zones(List<ShippingZoneRequest> requests, String currency) {
        Set<String> names = new HashSet<>();
        Map<String, String> zoneOfCountry = new HashMap<>();
        List<ShippingZone> zones = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            String field = "shippingZones[" + i + "]";
            ShippingZoneRequest zone = requests.get(i);
            String name = zone.name().strip();
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                throw invalid(field + ".name", "'" + name + "' is the name of another zone of the market");
            }
            List<String> countries = new ArrayList<>();
            for (int j = 0; j < zone.countries().size(); j++) {
                String countryField = field + ".countries[" + j + "]";
                String entry = zone.countries().get(j).strip();
                String country = ShippingZone.ANY_COUNTRY.equals(entry) ? entry : country(entry, countryField);
                String other = zoneOfCountry.putIfAbsent(country, name);
                if (other != null) {
                    throw invalid(countryField, country + " is already in zone '" + other + "'");
                }
                countries.add(country);
            }
            if (zone.deliveryDaysMax() < zone.deliveryDaysMin()) {
                throw invalid(field + ".deliveryDaysMax", "must be at least deliveryDaysMin (" + zone.deliveryDaysMin()
                        + ")");
            }
            zones.add(new ShippingZone(name, countries, amount(zone.flatRate(), currency, field + ".flatRate"),
                    zone.freeAbove() == null ? null : amount(zone.freeAbove(), currency, field + ".freeAbove"),
                    zone.deliveryDaysMin(), zone.deliveryDaysMax()));
        }
        return List.copyOf(zones);
    }

    private static BigDecimal amount(BigDecimal amount, String currency, String field) {
        try {
            return Money.exactAmount(amount, currency);
        } catch (BadRequestException e) {
            throw new BadRequestException(e.code(), "Invalid amount: " + field + " " + e.getMessage(),
                    withField(e.details(), field, e.getMessage()));
        }
    }

    private static Map<String, Object> withField(Map<String, Object> details, String field, String message) {
        Map<String, Object> all = new HashMap<>(details);
        all.put("errors", FieldProblem.single(field, message));
        return all;
    }

    static BadRequestException missing(String field) {
        return invalid(field, "must not be null");
    }

    static BadRequestException invalidField(String field, String message) {
        return invalid(field, message);
    }

    private static BadRequestException invalid(String field, String message) {
        return new BadRequestException("invalid_data", "Invalid request: " + field + " " + message,
                Map.of("errors", FieldProblem.single(field, message)));
    }
}
