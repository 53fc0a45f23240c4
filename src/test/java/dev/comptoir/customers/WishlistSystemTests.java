package dev.comptoir.customers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import dev.comptoir.support.Contract;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts.Account;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestCatalog.Sku;
import dev.comptoir.support.TestCatalog;
import dev.comptoir.support.TestTokens;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@SystemTest
class WishlistSystemTests {

    @Autowired
    TestAccounts accounts;
    @Autowired
    TestCatalog catalog;
    @Autowired
    TestTokens tokens;
    @Autowired
    JdbcTemplate jdbc;

    private static void add(Account who, UUID productId, int status) {
        given().auth().oauth2(who.accessToken()).contentType("application/json")
                .body(Map.of("productId", productId)).post("/api/users/me/wishlist").then().statusCode(status);
    }

    @Test
    void addingTheSameProductTwiceKeepsOneEntry() {
        Account customer = accounts.register();
        Sku sku = catalog.product("15.00", 20);
        given().auth().oauth2(customer.accessToken()).contentType("application/json")
                .body(Map.of("productId", sku.productId())).post("/api/users/me/wishlist").then().statusCode(201)
                .body("productId", equalTo(sku.productId().toString())).body("price", equalTo(15.0f));
        add(customer, sku.productId(), 200);

        given().auth().oauth2(customer.accessToken()).get("/api/users/me/wishlist").then().statusCode(200)
                .body("data", hasSize(1)).body("pagination.total", equalTo(1));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM wishlist_items WHERE user_id = ?", Integer.class,
                customer.id())).isEqualTo(1);
    }

    @Test
    void theListShowsTheCurrentPriceAndStockStatus() {
        Account customer = accounts.register();
        Sku plenty = catalog.product("10.00", 50);
        Sku few = catalog.product("12.00", 3);
        Sku none = catalog.product("14.00", 0);
        Sku variants = catalog.variantProduct("30.00", null, 4);
        for (Sku sku : new Sku[] {plenty, few, none, variants}) {
            add(customer, sku.productId(), 201);
        }
        catalog.setPrice(plenty.productId(), "8.50");

        var list = given().auth().oauth2(customer.accessToken()).get("/api/users/me/wishlist").then().statusCode(200)
                .body("data", hasSize(4)).extract().jsonPath();
        String at = "data.find { it.productId == '%s' }.";
        assertThat(list.getFloat(at.formatted(plenty.productId()) + "price")).isEqualTo(8.5f);
        assertThat(list.getString(at.formatted(plenty.productId()) + "currency")).isEqualTo("EUR");
        assertThat(list.getString(at.formatted(plenty.productId()) + "stockStatus")).isEqualTo("in_stock");
        assertThat(list.getString(at.formatted(few.productId()) + "stockStatus")).isEqualTo("low_stock");
        assertThat(list.getString(at.formatted(none.productId()) + "stockStatus")).isEqualTo("out_of_stock");
        assertThat(list.getString(at.formatted(variants.productId()) + "stockStatus")).isEqualTo("low_stock");
        // newest first
        assertThat(list.getString("data[0].productId")).isEqualTo(variants.productId().toString());
    }

    @Test
    void aDeletedOrDeactivatedProductDisappearsFromTheList() {
        Account customer = accounts.register();
        Sku kept = catalog.product("10.00", 5);
        Sku deleted = catalog.product("11.00", 5);
        Sku deactivated = catalog.product("12.00", 5);
        for (Sku sku : new Sku[] {kept, deleted, deactivated}) {
            add(customer, sku.productId(), 201);
        }
        given().auth().oauth2(tokens.admin()).delete("/api/products/" + deleted.productId()).then().statusCode(204);
        catalog.deactivate(deactivated.productId());

        given().auth().oauth2(customer.accessToken()).get("/api/users/me/wishlist").then().statusCode(200)
                .body("data", hasSize(1)).body("data[0].productId", equalTo(kept.productId().toString()))
                .body("pagination.total", equalTo(1));
        add(customer, deleted.productId(), 404);
    }

    @Test
    void removingIsIdempotent() {
        Account customer = accounts.register();
        Sku sku = catalog.product("10.00", 5);
        add(customer, sku.productId(), 201);
        given().auth().oauth2(customer.accessToken()).delete("/api/users/me/wishlist/" + sku.productId()).then()
                .statusCode(204);
        given().auth().oauth2(customer.accessToken()).delete("/api/users/me/wishlist/" + sku.productId()).then()
                .statusCode(204);
        given().auth().oauth2(customer.accessToken()).get("/api/users/me/wishlist").then().body("data", hasSize(0));
    }

    @Test
    void anUnknownOrInactiveProductIsNotFoundAndBadInputIsABadRequest() {
        Account customer = accounts.register();
        given().auth().oauth2(customer.accessToken()).contentType("application/json")
                .body(Map.of("productId", UUID.randomUUID())).post("/api/users/me/wishlist").then().statusCode(404)
                .body("error", equalTo("product_not_found"));
        Sku inactive = catalog.product("10.00", 5);
        catalog.deactivate(inactive.productId());
        add(customer, inactive.productId(), 404);
        Contract.invalidRequest().auth().oauth2(customer.accessToken()).contentType("application/json")
                .body(Map.of("productId", "nope")).post("/api/users/me/wishlist").then().statusCode(400)
                .body("errors.field", hasItem("productId"));
        Contract.invalidRequest().auth().oauth2(customer.accessToken()).contentType("application/json").body(Map.of())
                .post("/api/users/me/wishlist").then().statusCode(400).body("errors.field", hasItem("productId"));
        Contract.invalidRequest().auth().oauth2(customer.accessToken()).get("/api/users/me/wishlist?limit=101").then().statusCode(400);
        given().get("/api/users/me/wishlist").then().statusCode(401);
    }

    @Test
    void theListIsPaged() {
        Account customer = accounts.register();
        for (int i = 0; i < 12; i++) {
            add(customer, catalog.product("10.00", 5).productId(), 201);
        }
        given().auth().oauth2(customer.accessToken()).get("/api/users/me/wishlist?page=2&limit=5").then()
                .statusCode(200).body("data", hasSize(5)).body("pagination.total", equalTo(12))
                .body("pagination.totalPages", equalTo(3));
        given().auth().oauth2(customer.accessToken()).get("/api/users/me/wishlist?page=3&limit=5").then()
                .body("data", hasSize(2));
        given().auth().oauth2(customer.accessToken()).get("/api/users/me/wishlist?limit=100").then()
                .body("data", hasSize(12));
    }
}
