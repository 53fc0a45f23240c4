package dev.comptoir.markets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Market request bodies for the tests, as a client sends them. */
final class MarketBodies {

    private MarketBodies() {}

    static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Switzerland and Liechtenstein: CHF, prices including tax, French first. */
    static Map<String, Object> switzerland(String code) {
        return market(code, "Switzerland", List.of("CH", "LI"), "CHF", true, "fr", List.of("fr", "de", "en"),
                List.of(zone("switzerland", List.of("CH", "LI"), "9.00", "100.00", 1, 3)));
    }

    /** Japan: JPY (no decimals), prices including tax. */
    static Map<String, Object> japan(String code) {
        return market(code, "Japan", List.of("JP"), "JPY", true, "ja", List.of("ja", "en"),
                List.of(zone("japan", List.of("JP"), "1500", "10000", 2, 5)));
    }

    static Map<String, Object> market(String code, String name, List<String> countries, String currency,
            boolean taxInclusive, String defaultLocale, List<String> locales, List<Map<String, Object>> zones) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("countries", new ArrayList<>(countries));
        body.put("currency", currency);
        body.put("taxInclusive", taxInclusive);
        body.put("defaultLocale", defaultLocale);
        body.put("locales", new ArrayList<>(locales));
        body.put("shippingZones", new ArrayList<>(zones));
        return body;
    }

    static Map<String, Object> zone(String name, List<String> countries, String flatRate, String freeAbove,
            int daysMin, int daysMax) {
        Map<String, Object> zone = new HashMap<>();
        zone.put("name", name);
        zone.put("countries", new ArrayList<>(countries));
        zone.put("flatRate", new java.math.BigDecimal(flatRate));
        if (freeAbove != null) {
            zone.put("freeAbove", new java.math.BigDecimal(freeAbove));
        }
        zone.put("deliveryDaysMin", daysMin);
        zone.put("deliveryDaysMax", daysMax);
        return zone;
    }

    /** The body with one member replaced (or removed when {@code value} is null). */
    static Map<String, Object> with(Map<String, Object> body, String member, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        if (value == null) {
            copy.remove(member);
        } else {
            copy.put(member, value);
        }
        return copy;
    }

    /** The body whose first zone has one member replaced. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> withZone(Map<String, Object> body, String member, Object value) {
        List<Map<String, Object>> zones = (List<Map<String, Object>>) body.get("shippingZones");
        List<Map<String, Object>> changed = new ArrayList<>(zones);
        changed.set(0, with(zones.get(0), member, value));
        return with(body, "shippingZones", changed);
    }
}
