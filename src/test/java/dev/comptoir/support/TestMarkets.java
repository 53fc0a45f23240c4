package dev.comptoir.support;

import static io.restassured.RestAssured.given;

import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Markets and products priced in several currencies, made through the admin API for the tests of cart,
 * checkout, payments and analytics in markets. A country is in one market at most: a test class makes
 * its markets before its tests and deletes them after.
 */
public final class TestMarkets {

    /** Decimals as BigDecimal, so that 6000 (JPY) and 27.03 (CHF) are checked with their scale. */
    public static final RestAssuredConfig DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    private final String adminToken;

    public TestMarkets(String adminToken) {
        this.adminToken = adminToken;
    }

    public static String unique(String prefix) {
        return prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30, 1L << 40), 36);
    }

    public RequestSpecification admin() {
        return given().config(DECIMALS).auth().oauth2(adminToken).contentType(ContentType.JSON);
    }

    public static RequestSpecification anyone() {
        return given().config(DECIMALS).contentType(ContentType.JSON);
    }

    /** A market with one shipping zone over its countries at {@code flatRate} (gross when tax-inclusive). */
    public String market(String prefix, List<String> countries, String currency, boolean taxInclusive,
            String flatRate, List<String> locales) {
        String code = unique(prefix);
        Map<String, Object> zone = new HashMap<>();
        zone.put("name", code + "-zone");
        zone.put("countries", new ArrayList<>(countries));
        zone.put("flatRate", new BigDecimal(flatRate));
        zone.put("deliveryDaysMin", 1);
        zone.put("deliveryDaysMax", 4);
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", prefix);
        body.put("countries", new ArrayList<>(countries));
        body.put("currency", currency);
        body.put("taxInclusive", taxInclusive);
        body.put("defaultLocale", locales.get(0));
        body.put("locales", locales);
        body.put("shippingZones", List.of(zone));
        admin().body(body).post("/api/admin/markets").then().statusCode(201);
        return code;
    }

    public void delete(String code) {
        admin().delete("/api/admin/markets/{code}", code).then().statusCode(204);
    }

    /**
     * A product priced {@code eur} in EUR (null: a placeholder price in EUR is needed, so 1.00) and in the
     * other currencies of {@code prices} (currency → amount).
     */
    public TestCatalog.Sku product(String eur, Map<String, String> prices, int stock) {
        String sku = "M-" + UUID.randomUUID().toString().substring(0, 12).toUpperCase();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Market product " + sku);
        body.put("sku", sku);
        body.put("price", new BigDecimal(eur));
        body.put("stock", stock);
        List<Map<String, Object>> entries = new ArrayList<>();
        prices.forEach((currency, amount) -> entries.add(Map.of("currency", currency, "amount", new BigDecimal(amount))));
        body.put("prices", entries);
        String id = admin().body(body).post("/api/products").then().statusCode(201).extract().path("id");
        return new TestCatalog.Sku(UUID.fromString(id), null, sku);
    }

    /** An active price list for everyone ({@code groups} empty) or for groups, with one amount per SKU. */
    public String priceList(String type, String currency, List<String> groups, Map<String, String> amounts) {
        List<Map<String, Object>> prices = new ArrayList<>();
        amounts.forEach((sku, amount) -> prices.add(Map.of("sku", sku, "amount", new BigDecimal(amount))));
        Map<String, Object> body = new HashMap<>();
        body.put("name", unique(type));
        body.put("type", type);
        body.put("status", "active");
        body.put("currency", currency);
        body.put("customerGroupIds", groups);
        body.put("prices", prices);
        return admin().body(body).post("/api/admin/price-lists").then().statusCode(201).extract().path("id");
    }

    /** A customer group holding {@code members}. */
    public String group(List<UUID> members) {
        String id = admin().body(Map.of("name", unique("VIP"))).post("/api/admin/customer-groups").then()
                .statusCode(201).extract().path("id");
        admin().body(Map.of("userIds", members)).post("/api/admin/customer-groups/{id}/members", id).then()
                .statusCode(200);
        return id;
    }

    /** A coupon; {@code currency} null for the default market's. */
    public String coupon(String type, String value, String currency, Integer usageLimit) {
        String code = "MK" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("type", type);
        if (value != null) {
            body.put("value", new BigDecimal(value));
        }
        if (currency != null) {
            body.put("currency", currency);
        }
        if (usageLimit != null) {
            body.put("usageLimit", usageLimit);
        }
        body.put("isActive", true);
        admin().body(body).post("/api/admin/coupons").then().statusCode(201);
        return code;
    }
}
