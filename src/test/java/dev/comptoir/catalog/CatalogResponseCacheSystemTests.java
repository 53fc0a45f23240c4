package dev.comptoir.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.comptoir.support.Contract;
import dev.comptoir.support.ExtraInstance;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestCatalog;
import dev.comptoir.support.TestCatalog.Sku;
import io.restassured.http.Headers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

/** Anonymous catalog reads come from memory, and a committed catalog change is seen at once. */
@SystemTest
class CatalogResponseCacheSystemTests {

    @Autowired
    TestCatalog catalog;

    @Autowired
    DataSource dataSource;

    @Test
    void aRepeatedReadIsServedFromMemoryWithItsEtagAndA304() {
        Sku sku = catalog.product("12.00", 50);
        String path = "/api/products/" + sku.productId();
        given().get(path).then().statusCode(200).header("X-Cache", "MISS");
        String etag = given().get(path).then().statusCode(200).header("X-Cache", "HIT")
                .body("price", equalTo(12.0f)).extract().header("ETag");
        given().header("If-None-Match", etag).get(path).then().statusCode(304).header("X-Cache", "HIT");
    }

    @Test
    void aProductEditIsVisibleAtOnce() {
        Sku sku = catalog.product("12.00", 50);
        String path = "/api/products/" + sku.productId();
        given().get(path).then().statusCode(200);
        given().get(path).then().header("X-Cache", "HIT");
        catalog.setPrice(sku.productId(), "15.00");
        given().get(path).then().statusCode(200).header("X-Cache", "MISS").body("price", equalTo(15.0f));
    }

    @Test
    void aStockChangeThatChangesAvailabilityIsVisibleAtOnce() {
        Sku sku = catalog.product("12.00", 1);
        String path = "/api/products/" + sku.productId();
        given().get(path).then().body("stockStatus", equalTo("low_stock"));
        String session = "cache-" + java.util.UUID.randomUUID();
        given().header("X-Session-Id", session).contentType("application/json")
                .body(java.util.Map.of("productId", sku.productId(), "quantity", 1)).post("/api/cart/items")
                .then().statusCode(200);
        given().header("X-Session-Id", session).contentType("application/json")
                .body(java.util.Map.of("email", "cache@example.com", "shippingAddress", java.util.Map.of(
                        "firstName", "A", "lastName", "B", "line1", "1 rue", "city", "Paris", "postalCode", "75001",
                        "country", "FR")))
                .post("/api/orders").then().statusCode(201);
        given().get(path).then().body("stockStatus", equalTo("out_of_stock"));
    }

    @Test
    void signedInReadsAreNotCached() {
        Sku sku = catalog.product("12.00", 50);
        given().auth().oauth2("not-even-a-token").get("/api/products/" + sku.productId()).then().statusCode(401);
    }

    @Test
    void aHitCarriesTheHeadersOfTheFirstAnswerForItsOrigin() {
        Sku sku = catalog.product("12.00", 50);
        String path = "/api/products/" + sku.productId() + "?origin-test";
        Headers miss = given().header("Origin", "https://shop.example.com").get(path).then().statusCode(200)
                .header("X-Cache", "MISS").extract().headers();
        Headers hit = given().header("Origin", "https://shop.example.com").get(path).then().statusCode(200)
                .header("X-Cache", "HIT").extract().headers();
        for (String name : List.of("Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options",
                "Strict-Transport-Security", "Referrer-Policy", "Cache-Control", "ETag", "Content-Type")) {
            assertThat(hit.getValues(name)).as(name).isNotEmpty().isEqualTo(miss.getValues(name));
        }
        assertThat(hit.getValues("Vary")).isEqualTo(miss.getValues("Vary"));
        assertThat(hit.getValue("Access-Control-Allow-Origin")).isEqualTo("https://shop.example.com");
        assertThat(hit.getValue("X-Request-Id")).isNotEqualTo(miss.getValue("X-Request-Id"));
        // another origin is another entry: it is not served the first origin's answer (nor allowed)
        given().header("Origin", "https://other.example").get(path).then().statusCode(403).header("X-Cache", "MISS");
    }

    @Test
    void hitsStillCountAgainstTheCallersRateLimit() {
        Sku sku = catalog.product("12.00", 50);
        try (ConfigurableApplicationContext instance = ExtraInstance.start(dataSource, Map.of(
                "comptoir.rate-limit.enabled", "true",
                "comptoir.rate-limit.groups.products.anonymous.limit", "5"))) {
            int port = ExtraInstance.port(instance);
            // the contract check reads the new instance's document after its first answer: built now, that
            // first read does not outlast the cached answer on a slow machine (it is no catalog read)
            given().port(port).get("/api/docs/openapi.json").then().statusCode(200);
            List<Integer> statuses = new ArrayList<>();
            List<String> cache = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                var response = given().port(port).get("/api/products/" + sku.productId());
                statuses.add(response.statusCode());
                cache.add(response.header("X-Cache"));
            }
            assertThat(statuses).containsExactly(200, 200, 200, 200, 200, 429, 429, 429);
            assertThat(cache.subList(1, 5)).containsOnly("HIT");
        }
    }
}
