package dev.comptoir.catalog;

import static io.restassured.RestAssured.given;

import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Builds catalog data over the real HTTP API, with unique names and SKUs per call. */
final class CatalogApi {

    /** Decimals as BigDecimal, so that "12.50" is checked with its two decimals. */
    static final RestAssuredConfig DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    private final String token;

    CatalogApi(String adminToken) {
        this.token = adminToken;
    }

    static String unique(String prefix) {
        return prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), 36);
    }

    RequestSpecification admin() {
        return given().config(DECIMALS).auth().oauth2(token).contentType(ContentType.JSON);
    }

    static RequestSpecification anyone() {
        return given().config(DECIMALS);
    }

    String category(String name, String parentId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("parentId", parentId);
        return admin().body(body).post("/api/categories").then().statusCode(201).extract().path("id");
    }

    String category(String name, String parentId, int position) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("parentId", parentId);
        body.put("position", position);
        return admin().body(body).post("/api/categories").then().statusCode(201).extract().path("id");
    }

    /** A minimal valid product body; callers put more fields in. */
    static Map<String, Object> product(String name, String price, int stock) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("sku", unique("SKU").toUpperCase());
        body.put("price", new java.math.BigDecimal(price));
        body.put("stock", stock);
        return body;
    }

    static Map<String, Object> variant(String name, Map<String, String> options, int stock) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sku", unique("VAR").toUpperCase());
        body.put("name", name);
        body.put("options", options);
        body.put("stock", stock);
        return body;
    }

    static Map<String, Object> image(String url, String alt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("url", url);
        body.put("altText", alt);
        return body;
    }

    /** A product with {@code variants} variants and {@code images} images. */
    static Map<String, Object> productWith(String name, int variants, int images) {
        Map<String, Object> body = product(name, "49.90", 0);
        List<Map<String, Object>> vs = new ArrayList<>();
        for (int i = 0; i < variants; i++) {
            vs.add(variant("V" + i, Map.of("size", "S" + i), i % 3));
        }
        List<Map<String, Object>> is = new ArrayList<>();
        for (int i = 0; i < images; i++) {
            is.add(image("https://img.example.com/" + UUID.randomUUID() + ".jpg", "view " + i));
        }
        body.put("variants", vs);
        body.put("images", is);
        return body;
    }

    String create(Map<String, Object> product) {
        return admin().body(product).post("/api/products").then().statusCode(201).extract().path("id");
    }
}
