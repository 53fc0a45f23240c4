package dev.comptoir.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestCatalog;
import dev.comptoir.support.TestCatalog.Sku;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Anonymous catalog reads come from memory, and a committed catalog change is seen at once. */
@SystemTest
class CatalogResponseCacheSystemTests {

    @Autowired
    TestCatalog catalog;

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
}
