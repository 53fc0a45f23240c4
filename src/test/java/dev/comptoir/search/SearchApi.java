package dev.comptoir.search;

import static io.restassured.RestAssured.given;

import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Catalog data for search tests, built over the admin API with made-up words no other test uses. */
final class SearchApi {

    static final RestAssuredConfig DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    private static final String CONSONANTS = "bdfgkmpvz";
    private static final String VOWELS = "aiou";

    private final String token;

    SearchApi(String adminToken) {
        this.token = adminToken;
    }

    /** A pronounceable made-up word of eight letters, e.g. "zobidaku" + "k": unique to one test. */
    static String word() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            w.append(CONSONANTS.charAt(r.nextInt(CONSONANTS.length()))).append(VOWELS.charAt(r.nextInt(VOWELS.length())));
        }
        return w.append('k').toString();
    }

    RequestSpecification admin() {
        return given().config(DECIMALS).auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** {@code GET /api/products?query}, the query already URL-encoded (REST Assured must not encode it again). */
    static ValidatableResponse search(String query) {
        return get("/api/products?" + query).then().log().ifValidationFails().statusCode(200);
    }

    static io.restassured.response.Response get(String encodedPathAndQuery) {
        return given().config(DECIMALS).urlEncodingEnabled(false).get(encodedPathAndQuery);
    }

    String category(String name, String parentId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("parentId", parentId);
        return admin().body(body).post("/api/categories").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> product(String name, String price, int stock) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("sku", ("SRCH-" + word()).toUpperCase());
        body.put("price", new BigDecimal(price));
        body.put("stock", stock);
        return body;
    }

    String create(Map<String, Object> product) {
        return admin().body(product).post("/api/products").then().statusCode(201).extract().path("id");
    }

    String create(String name, String price, int stock) {
        return create(product(name, price, stock));
    }

    void patch(String id, Map<String, Object> changes) {
        admin().body(changes).patch("/api/products/" + id).then().statusCode(200);
    }
}
