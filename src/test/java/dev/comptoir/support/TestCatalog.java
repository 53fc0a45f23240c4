package dev.comptoir.support;

import static io.restassured.RestAssured.given;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Creates products through the admin API, for tests of the modules that sell them. */
@Component
public class TestCatalog {

    private final TestTokens tokens;

    TestCatalog(TestTokens tokens) {
        this.tokens = tokens;
    }

    public record Sku(UUID productId, UUID variantId, String sku) {}

    public Sku product(String price, int stock) {
        String sku = "T-" + UUID.randomUUID().toString().substring(0, 12).toUpperCase();
        String id = given().auth().oauth2(tokens.admin()).contentType("application/json")
                .body(Map.of("name", "Test product " + sku, "price", new BigDecimal(price), "sku", sku, "stock", stock))
                .post("/api/products").then().statusCode(201).extract().path("id");
        return new Sku(UUID.fromString(id), null, sku);
    }

    /** A product sold through one variant; returns the variant's SKU. */
    public Sku variantProduct(String productPrice, String variantPrice, int stock) {
        String base = "V-" + UUID.randomUUID().toString().substring(0, 10).toUpperCase();
        Map<String, Object> variant = new java.util.HashMap<>(Map.of("sku", base + "-M", "name", "M",
                "options", Map.of("size", "M"), "stock", stock));
        if (variantPrice != null) {
            variant.put("price", new BigDecimal(variantPrice));
        }
        var response = given().auth().oauth2(tokens.admin()).contentType("application/json")
                .body(Map.of("name", "Variant product " + base, "price", new BigDecimal(productPrice), "sku", base,
                        "variants", List.of(variant)))
                .post("/api/products").then().statusCode(201).extract();
        return new Sku(UUID.fromString(response.path("id")), UUID.fromString(response.path("variants[0].id")),
                base + "-M");
    }

    /** Moves a SKU's on-hand at a location by {@code delta} through the inventory admin API (ADR 0012). */
    public void adjust(Sku sku, String location, int delta) {
        given().auth().oauth2(tokens.staff("inventory:manage")).contentType("application/json")
                .body(Map.of("sku", sku.sku(), "delta", delta, "reason", "adjustment", "location", location))
                .post("/api/admin/inventory/adjustments").then().statusCode(201);
    }

    public void setPrice(UUID productId, String price) {
        given().auth().oauth2(tokens.admin()).contentType("application/json")
                .body(Map.of("price", new BigDecimal(price)))
                .patch("/api/products/" + productId).then().statusCode(200);
    }

    public void deactivate(UUID productId) {
        given().auth().oauth2(tokens.admin()).contentType("application/json")
                .body(Map.of("isActive", false))
                .patch("/api/products/" + productId).then().statusCode(200);
    }
}
