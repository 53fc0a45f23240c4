package dev.comptoir.integrations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import dev.comptoir.support.Contract;
import dev.comptoir.support.GuestOrders;
import dev.comptoir.support.Race;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestCatalog;
import dev.comptoir.support.TestCatalog.Sku;
import dev.comptoir.support.TestTokens;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Metadata (ADR 0013) over real HTTP on products, variants, categories, accounts and orders: merged by
 * PATCH (null removes a key), public in storefront answers, private only in admin ones, limited, filtered
 * in the admin lists, guarded like the entity's other edits, and merged atomically under concurrency.
 */
@SystemTest
class MetadataSystemTests {

    @Autowired
    TestCatalog catalog;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestTokens tokens;
    @Autowired
    JdbcTemplate jdbc;

    private RequestSpecification staff(String... permissions) {
        return given().auth().oauth2(tokens.staff(permissions)).contentType("application/json");
    }

    private static Map<String, Object> patch(String field, Object... keyValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            values.put((String) keyValues[i], keyValues[i + 1]);
        }
        return Map.of(field, values);
    }

    private static Map<String, Object> both(Map<String, Object> metadata, Map<String, Object> privateMetadata) {
        return Map.of("metadata", metadata, "privateMetadata", privateMetadata);
    }

    @Test
    void aProductsMetadataIsMergedPublicToStorefrontsAndPrivateToStaff() {
        Sku sku = catalog.product("12.00", 5);
        // read once by the storefront first: its answer is cached and must not be served stale afterwards
        given().get("/api/products/{id}", sku.productId()).then().statusCode(200).body("metadata", anEmptyMap());

        staff("catalog:write").body(both(Map.of("erpId", "A-17", "color", "red", "dims", Map.of("w", 3)),
                        Map.of("margin", 0.31)))
                .patch("/api/admin/products/{id}/metadata", sku.productId()).then().statusCode(200)
                .body("metadata.erpId", equalTo("A-17")).body("metadata.dims.w", equalTo(3))
                .body("privateMetadata.margin", equalTo(0.31f));

        staff("catalog:write").get("/api/admin/products/{id}", sku.productId()).then().statusCode(200)
                .body("metadata.color", equalTo("red")).body("privateMetadata.margin", equalTo(0.31f));
        given().get("/api/products/{id}", sku.productId()).then().statusCode(200)
                .body("metadata.erpId", equalTo("A-17")).body("$", not(hasKey("privateMetadata")));

        String listed = "data.find { it.id == '" + sku.productId() + "' }.metadata";
        given().get("/api/products?limit=100&sort=newest").then().statusCode(200)
                .body(listed + ".color", equalTo("red"));

        Map<String, Object> removal = new HashMap<>();
        removal.put("color", null);
        removal.put("season", "summer");
        staff("catalog:write").body(Map.of("metadata", removal))
                .patch("/api/admin/products/{id}/metadata", sku.productId()).then().statusCode(200)
                .body("metadata", equalTo(Map.of("erpId", "A-17", "season", "summer", "dims", Map.of("w", 3))))
                .body("privateMetadata.margin", equalTo(0.31f));
        given().get("/api/products/{id}", sku.productId()).then().statusCode(200)
                .body("metadata", not(hasKey("color"))).body("metadata.season", equalTo("summer"));
        given().get("/api/products?limit=100&sort=newest").then().statusCode(200)
                .body(listed, not(hasKey("color"))).body(listed + ".season", equalTo("summer"));
    }

    @Test
    void aVariantsMetadataIsItsOwn() {
        Sku sku = catalog.variantProduct("20.00", null, 3);
        staff("catalog:write").body(both(Map.of("gtin", "4006381333931"), Map.of("bin", "B-4")))
                .patch("/api/admin/products/{id}/variants/{variantId}/metadata", sku.productId(), sku.variantId())
                .then().statusCode(200).body("metadata.gtin", equalTo("4006381333931"));

        staff("catalog:write").get("/api/admin/products/{id}", sku.productId()).then()
                .body("metadata", anEmptyMap())
                .body("variants[0].metadata.gtin", equalTo("4006381333931"))
                .body("variants[0].privateMetadata.bin", equalTo("B-4"));
        given().get("/api/products/{id}", sku.productId()).then()
                .body("variants[0].metadata.gtin", equalTo("4006381333931"))
                .body("variants[0]", not(hasKey("privateMetadata")));
        staff("catalog:write").body(patch("metadata", "gtin", "1"))
                .patch("/api/admin/products/{id}/variants/{variantId}/metadata", sku.productId(), UUID.randomUUID())
                .then().statusCode(404).body("error", equalTo("variant_not_found"));
    }

    @Test
    void aCategorysMetadataIsMergedAndShownToStorefronts() {
        String id = staff("catalog:write").body(Map.of("name", "Meta " + UUID.randomUUID()))
                .post("/api/categories").then().statusCode(201).extract().path("id");
        given().get("/api/categories/{id}", id).then().statusCode(200).body("metadata", anEmptyMap());

        staff("catalog:write").body(both(Map.of("banner", "sale.png"), Map.of("owner", "marketing")))
                .patch("/api/admin/categories/{id}/metadata", id).then().statusCode(200);

        staff("catalog:write").get("/api/admin/categories/{id}", id).then()
                .body("metadata.banner", equalTo("sale.png")).body("privateMetadata.owner", equalTo("marketing"));
        given().get("/api/categories/{id}", id).then().statusCode(200)
                .body("metadata.banner", equalTo("sale.png")).body("$", not(hasKey("privateMetadata")));
        Map<String, Object> removal = new HashMap<>();
        removal.put("banner", null);
        staff("catalog:write").body(Map.of("metadata", removal))
                .patch("/api/admin/categories/{id}/metadata", id).then().statusCode(200)
                .body("metadata", anEmptyMap()).body("privateMetadata.owner", equalTo("marketing"));
        given().get("/api/categories/{id}", id).then().body("metadata", anEmptyMap());
    }

    @Test
    void anAccountsMetadataIsShownToItsHolderAndItsPrivateMetadataToStaffOnly() {
        TestAccounts.Account customer = accounts.register();
        staff("users:manage").body(both(Map.of("newsletter", true), Map.of("crmId", "C-9", "vip", true)))
                .patch("/api/admin/customers/{id}/metadata", customer.id()).then().statusCode(200)
                .body("privateMetadata.crmId", equalTo("C-9"));

        staff("customers:read").get("/api/admin/users/{id}", customer.id()).then().statusCode(200)
                .body("metadata.newsletter", equalTo(true)).body("privateMetadata.vip", equalTo(true));
        given().auth().oauth2(customer.accessToken()).get("/api/users/me").then().statusCode(200)
                .body("metadata.newsletter", equalTo(true)).body("$", not(hasKey("privateMetadata")));

        Map<String, Object> removal = new HashMap<>();
        removal.put("vip", null);
        staff("users:manage").body(Map.of("privateMetadata", removal))
                .patch("/api/admin/customers/{id}/metadata", customer.id()).then().statusCode(200)
                .body("privateMetadata", equalTo(Map.of("crmId", "C-9"))).body("metadata.newsletter", equalTo(true));
        staff("users:manage").body(patch("metadata", "a", 1))
                .patch("/api/admin/customers/{id}/metadata", UUID.randomUUID()).then().statusCode(404)
                .body("error", equalTo("user_not_found"));
    }

    @Test
    void anOrdersMetadataIsShownToItsCustomerAndItsPrivateMetadataToStaffOnly() {
        GuestOrders.Placed order = GuestOrders.place(RestAssured.port, catalog.product("9.00", 5),
                GuestOrders.uniqueEmail("meta"));
        staff("orders:manage").body(both(Map.of("giftNote", "Happy birthday"), Map.of("fraudScore", 12)))
                .patch("/api/admin/orders/{id}/metadata", order.id()).then().statusCode(200);

        staff("orders:manage").get("/api/admin/orders/{id}", order.id()).then().statusCode(200)
                .body("metadata.giftNote", equalTo("Happy birthday")).body("privateMetadata.fraudScore", equalTo(12));
        given().header("X-Guest-Token", order.guestToken()).get("/api/orders/{id}", order.id()).then()
                .statusCode(200).body("metadata.giftNote", equalTo("Happy birthday"))
                .body("$", not(hasKey("privateMetadata")));

        Map<String, Object> removal = new HashMap<>();
        removal.put("giftNote", null);
        staff("orders:manage").body(Map.of("metadata", removal))
                .patch("/api/admin/orders/{id}/metadata", order.id()).then().statusCode(200)
                .body("metadata", anEmptyMap()).body("privateMetadata.fraudScore", equalTo(12));
    }

    @Test
    void metadataBeyondItsLimitsIsRefusedAndNothingIsStored() {
        Sku sku = catalog.product("5.00", 1);
        String path = "/api/admin/products/" + sku.productId() + "/metadata";
        Map<String, Object> tooMany = new LinkedHashMap<>();
        for (int i = 0; i < 51; i++) {
            tooMany.put("k" + i, i);
        }
        refused(Map.of("metadata", tooMany), path, "metadata");
        refused(patch("metadata", "k".repeat(65), 1), path, "metadata." + "k".repeat(64) + "…");
        refused(patch("privateMetadata", "with space", 1), path, "privateMetadata.with space");
        refused(patch("metadata", "é", 1), path, "metadata.é");
        refused(patch("metadata", "", 1), path, "metadata.");
        refused(patch("metadata", "big", "x".repeat(8200)), path, "metadata");
        staff("catalog:write").filter(Contract.INVALID_REQUEST).body("{\"metadata\": {\"huge\": 1e999}}").patch(path)
                .then().statusCode(400).body("error", equalTo("invalid_metadata"))
                .body("errors[0].field", equalTo("metadata.huge"));

        // each patch within the limits, their sum beyond them: the merged field is checked before commit
        Map<String, Object> fifty = new LinkedHashMap<>();
        for (int i = 0; i < 50; i++) {
            fifty.put("k" + i, i);
        }
        staff("catalog:write").body(Map.of("metadata", fifty)).patch(path).then().statusCode(200)
                .body("metadata", aMapWithSize(50));
        refused(patch("metadata", "one-more", 1), path, "metadata");
        staff("catalog:write").body(patch("metadata", "big", "x".repeat(8000))).patch(path).then().statusCode(400)
                .body("error", equalTo("invalid_metadata"));
        staff("catalog:write").get("/api/admin/products/{id}", sku.productId()).then()
                .body("metadata", aMapWithSize(50)).body("metadata", not(hasKey("one-more")));
        // a key at the limit, of every allowed character, is accepted; removing keys makes room again
        Map<String, Object> room = new HashMap<>(patch("metadata", "k0", null, "Az09_.:-" + "x".repeat(56), "ok"));
        staff("catalog:write").body(room).patch(path).then().statusCode(200).body("metadata", aMapWithSize(50));
    }

    private void refused(Map<String, Object> body, String path, String field) {
        staff("catalog:write").filter(Contract.INVALID_REQUEST).body(body).patch(path).then().statusCode(400)
                .body("error", equalTo("invalid_metadata")).body("errors[0].field", equalTo(field))
                .body("limits.maxKeys", equalTo(50)).body("limits.maxBytes", equalTo(8192));
    }

    @Test
    void adminListsFilterOnMetadataComparedAsText() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Sku red = catalog.product("5.00", 10);
        Sku blue = catalog.product("5.00", 10);
        staff("catalog:write").body(both(Map.of("batch", tag, "color", "red", "rank", 5), Map.of("supplier", "acme")))
                .patch("/api/admin/products/{id}/metadata", red.productId()).then().statusCode(200);
        staff("catalog:write").body(both(Map.of("batch", tag, "color", "blue"), Map.of("supplier", "globex")))
                .patch("/api/admin/products/{id}/metadata", blue.productId()).then().statusCode(200);

        staff("catalog:write").queryParam("metadata.batch", tag).get("/api/admin/products").then().statusCode(200)
                .body("pagination.total", equalTo(2));
        staff("catalog:write").queryParam("metadata.batch", tag).queryParam("metadata.color", "blue")
                .get("/api/admin/products").then().body("data.id", contains(blue.productId().toString()));
        staff("catalog:write").queryParam("metadata.batch", tag).queryParam("privateMetadata.supplier", "acme")
                .get("/api/admin/products").then().body("data.id", contains(red.productId().toString()));
        staff("catalog:write").queryParam("metadata[batch]", tag).queryParam("metadata[rank]", "5")
                .get("/api/admin/products").then().body("data.id", contains(red.productId().toString()));
        staff("catalog:write").queryParam("metadata.batch", tag).queryParam("metadata.color", "green")
                .get("/api/admin/products").then().body("pagination.total", equalTo(0));
        staff("catalog:write").filter(Contract.INVALID_REQUEST).queryParam("metadata.bad key", "x")
                .get("/api/admin/products").then().statusCode(400).body("error", equalTo("invalid_metadata"));

        TestAccounts.Account customer = accounts.register();
        accounts.register();
        staff("users:manage").body(patch("privateMetadata", "crmBatch", tag))
                .patch("/api/admin/customers/{id}/metadata", customer.id()).then().statusCode(200);
        staff("customers:read").queryParam("privateMetadata.crmBatch", tag).get("/api/admin/users").then()
                .statusCode(200).body("data.id", contains(customer.id().toString()))
                .body("data[0].privateMetadata.crmBatch", equalTo(tag));

        GuestOrders.Placed tagged = GuestOrders.place(RestAssured.port, red, GuestOrders.uniqueEmail("filter"));
        GuestOrders.place(RestAssured.port, red, GuestOrders.uniqueEmail("filter"));
        staff("orders:manage").body(patch("metadata", "channel", tag))
                .patch("/api/admin/orders/{id}/metadata", tagged.id()).then().statusCode(200);
        staff("orders:manage").queryParam("metadata.channel", tag).get("/api/admin/orders").then().statusCode(200)
                .body("data.id", contains(tagged.id())).body("data[0].metadata.channel", equalTo(tag));
    }

    @Test
    void onlyStaffAllowedToEditTheEntityMayPatchItsMetadata() {
        Sku sku = catalog.product("5.00", 1);
        GuestOrders.Placed order = GuestOrders.place(RestAssured.port, sku, GuestOrders.uniqueEmail("perm"));
        TestAccounts.Account customer = accounts.register();
        Map<String, Object> body = patch("metadata", "a", 1);

        staff("orders:manage").body(body).patch("/api/admin/products/{id}/metadata", sku.productId()).then()
                .statusCode(403);
        staff("catalog:write").body(body).patch("/api/admin/orders/{id}/metadata", order.id()).then()
                .statusCode(403);
        staff("customers:read").body(body).patch("/api/admin/customers/{id}/metadata", customer.id()).then()
                .statusCode(403);
        given().auth().oauth2(customer.accessToken()).contentType("application/json").body(body)
                .patch("/api/admin/customers/{id}/metadata", customer.id()).then().statusCode(403);
        staff("inventory:manage").body(body).patch("/api/admin/products/{id}/variants/{v}/metadata", sku.productId(),
                UUID.randomUUID()).then().statusCode(403);
        staff("catalog:write").get("/api/admin/products/{id}", sku.productId()).then().body("metadata", anEmptyMap());
    }

    @Test
    void concurrentPatchesOfDifferentKeysAllSurvive() throws Exception {
        Sku sku = catalog.product("8.00", 2);
        GuestOrders.Placed order = GuestOrders.place(RestAssured.port, sku, GuestOrders.uniqueEmail("race"));
        List<Callable<Integer>> patches = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String key = "k" + i;
            patches.add(() -> staff("catalog:write").body(both(Map.of(key, key), Map.of(key, i(key))))
                    .patch("/api/admin/products/{id}/metadata", sku.productId()).then().extract().statusCode());
            patches.add(() -> staff("orders:manage").body(patch("privateMetadata", key, key))
                    .patch("/api/admin/orders/{id}/metadata", order.id()).then().extract().statusCode());
        }

        assertThat(Race.all(patches)).containsOnly(200);

        Map<String, Object> product = staff("catalog:write").get("/api/admin/products/{id}", sku.productId()).then()
                .extract().path("metadata");
        Map<String, Object> hidden = staff("catalog:write").get("/api/admin/products/{id}", sku.productId()).then()
                .extract().path("privateMetadata");
        Map<String, Object> ordered = staff("orders:manage").get("/api/admin/orders/{id}", order.id()).then()
                .extract().path("privateMetadata");
        for (int i = 0; i < 20; i++) {
            assertThat(product).containsEntry("k" + i, "k" + i);
            assertThat(hidden).containsEntry("k" + i, i);
            assertThat(ordered).containsEntry("k" + i, "k" + i);
        }
        assertThat(product).hasSize(20);
        assertThat(ordered).hasSize(20);
    }

    private static int i(String key) {
        return Integer.parseInt(key.substring(1));
    }

    @Test
    void aPatchWithoutFieldsChangesNothing() {
        Sku sku = catalog.product("5.00", 1);
        staff("catalog:write").body(patch("metadata", "a", 1))
                .patch("/api/admin/products/{id}/metadata", sku.productId()).then().statusCode(200);
        staff("catalog:write").body(Map.of()).patch("/api/admin/products/{id}/metadata", sku.productId()).then()
                .statusCode(200).body("metadata", equalTo(Map.of("a", 1))).body("privateMetadata", anEmptyMap());
        staff("catalog:write").body(patch("metadata", "a", 1))
                .patch("/api/admin/products/{id}/metadata", UUID.randomUUID()).then().statusCode(404)
                .body("error", equalTo("product_not_found"));
        staff("orders:manage").body(patch("metadata", "a", 1))
                .patch("/api/admin/orders/{id}/metadata", UUID.randomUUID()).then().statusCode(404)
                .body("error", equalTo("order_not_found"));
        staff("catalog:write").body(patch("metadata", "a", 1))
                .patch("/api/admin/categories/{id}/metadata", UUID.randomUUID()).then().statusCode(404)
                .body("error", equalTo("category_not_found"));
    }
}
