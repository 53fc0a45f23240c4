package dev.comptoir.pricelists;

import static dev.comptoir.pricelists.CustomerGroupSystemTests.as;
import static dev.comptoir.pricelists.CustomerGroupSystemTests.group;
import static dev.comptoir.pricelists.CustomerGroupSystemTests.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.comptoir.shared.security.Permissions;
import dev.comptoir.support.Contract;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestTokens;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SystemTest
class PriceListSystemTests {

    @Autowired
    TestTokens tokens;

    @Autowired
    TestAccounts accounts;

    @Test
    void anAdminCreatesReadsReplacesListsAndDeletesAPriceList() {
        String vip = newGroup();
        String sku = unique("SKU");
        Map<String, Object> body = list("VIP prices", "override", "EUR",
                List.of(price(sku + "-B", 85), price(sku + "-A", 12.5)));
        body.put("description", "For our best customers");
        body.put("startsAt", "2026-01-01T00:00:00Z");
        body.put("endsAt", "2027-01-01T00:00:00Z");
        body.put("customerGroupIds", List.of(vip));

        String id = admin().body(body).post("/api/admin/price-lists").then().statusCode(201)
                .body("name", equalTo("VIP prices"))
                .body("description", equalTo("For our best customers"))
                .body("type", equalTo("override"))
                .body("status", equalTo("draft"))
                .body("currency", equalTo("EUR"))
                .body("startsAt", equalTo("2026-01-01T00:00:00Z"))
                .body("endsAt", equalTo("2027-01-01T00:00:00Z"))
                .body("customerGroupIds", contains(vip))
                .body("priceCount", equalTo(2))
                .body("prices.sku", contains(sku + "-A", sku + "-B"))
                .body("prices.amount", contains(12.50f, 85.00f))
                .body("createdAt", notNullValue())
                .extract().path("id");

        admin().get("/api/admin/price-lists/{id}", id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("prices.sku", contains(sku + "-A", sku + "-B"));

        Map<String, Object> replaced = list("Summer sale", "sale", "eur", List.of(price(sku + "-C", 9.99)));
        replaced.put("status", "active");
        admin().body(replaced).put("/api/admin/price-lists/{id}", id).then().statusCode(200)
                .body("name", equalTo("Summer sale"))
                .body("type", equalTo("sale"))
                .body("status", equalTo("active"))
                .body("currency", equalTo("EUR"))
                .body("startsAt", nullValue())
                .body("description", nullValue())
                .body("customerGroupIds", empty())
                .body("prices.sku", contains(sku + "-C"))
                .body("prices[0].amount", equalTo(9.99f));

        admin().queryParam("limit", 100).queryParam("currency", "eur").queryParam("status", "active")
                .get("/api/admin/price-lists").then().statusCode(200)
                .body("data.find { it.id == '" + id + "' }.priceCount", equalTo(1))
                .body("data.find { it.id == '" + id + "' }.prices", nullValue())
                .body("data.currency", everyItem(equalTo("EUR")))
                .body("data.status", everyItem(equalTo("active")));
        admin().queryParam("limit", 100).queryParam("status", "draft").get("/api/admin/price-lists").then()
                .statusCode(200)
                .body("data.id", not(hasItem(id)));
        admin().filter(Contract.INVALID_REQUEST).queryParam("status", "paused").get("/api/admin/price-lists").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));

        admin().delete("/api/admin/price-lists/{id}", id).then().statusCode(204);
        admin().get("/api/admin/price-lists/{id}", id).then().statusCode(404)
                .contentType("application/problem+json")
                .body("error", equalTo("price_list_not_found"));
        admin().delete("/api/admin/price-lists/{id}", id).then().statusCode(404);
        admin().body(replaced).put("/api/admin/price-lists/{id}", id).then().statusCode(404)
                .body("error", equalTo("price_list_not_found"));
    }

    @Test
    void aZeroDecimalCurrencyKeepsWholeAmounts() {
        String sku = unique("YEN");
        admin().body(list("Tokyo sale", "sale", "JPY", List.of(price(sku, 1500)))).post("/api/admin/price-lists")
                .then().statusCode(201)
                .body("currency", equalTo("JPY"))
                .body("prices[0].amount", equalTo(1500));
    }

    @Test
    void aCurrencyWithoutZeroOrTwoDecimalsIsRefused() {
        for (String currency : List.of("KWD", "BHD", "JOD", "OMR", "TND", "XAU", "ZZZ", "EURO", "€")) {
            admin().body(list("Refused", "sale", currency, List.of())).post("/api/admin/price-lists").then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("error", equalTo("unsupported_currency"))
                    .body("errors[0].field", equalTo("currency"));
        }
    }

    @Test
    void anAmountWithMoreDecimalsThanItsCurrencyOrNegativeIsRefused() {
        assertInvalidAmount("JPY", 12.5, "prices[1].amount");
        assertInvalidAmount("EUR", 1.234, "prices[1].amount");
        assertInvalidAmount("CHF", -1, "prices[1].amount");
        assertInvalidAmount("EUR", 1e10, "prices[1].amount");
    }

    @Test
    void aSkuGivenTwiceIsRefused() {
        String sku = unique("TWICE");
        admin().body(list("Twice", "sale", "EUR", List.of(price(sku, 1), price(unique("O"), 2), price(sku, 3))))
                .post("/api/admin/price-lists").then().statusCode(400)
                .body("error", equalTo("duplicate_sku"))
                .body("errors[0].field", equalTo("prices[2].sku"));
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        Map<String, Object> body = list("Backwards", "sale", "EUR", List.of());
        body.put("startsAt", "2026-06-01T00:00:00Z");
        body.put("endsAt", "2026-05-01T00:00:00Z");
        assertInvalid(body, "endsAt");
        body.put("endsAt", "2026-06-01T00:00:00Z");
        assertInvalid(body, "endsAt");
    }

    @Test
    void malformedListsAreRefusedNamingTheField() {
        assertInvalid(without(list("No type", "sale", "EUR", List.of()), "type"), "type");
        assertInvalid(list("Bad type", "clearance", "EUR", List.of()), "type");
        assertInvalid(with(list("Bad status", "sale", "EUR", List.of()), "status", "paused"), "status");
        assertInvalid(list("", "sale", "EUR", List.of()), "name");
        assertInvalid(without(list("No currency", "sale", "EUR", List.of()), "currency"), "currency");
        assertInvalid(list("Bad SKU", "sale", "EUR", List.of(price("has space", 1))), "prices[0].sku");
        assertInvalid(list("Long SKU", "sale", "EUR", List.of(price("S".repeat(65), 1))), "prices[0].sku");
        List<Map<String, Object>> noAmount = List.of(new HashMap<>(Map.of("sku", unique("N"))));
        assertInvalid(list("No amount", "sale", "EUR", noAmount), "prices[0].amount");
        assertInvalid(with(list("Bad group", "sale", "EUR", List.of()), "customerGroupIds", List.of("nope")),
                "customerGroupIds[0]");
    }

    @Test
    void tenThousandPricesAreAcceptedAndOneMoreIsRefused() {
        String prefix = unique("BULK");
        List<Map<String, Object>> prices = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            prices.add(price(prefix + "-" + i, 1 + i % 100));
        }
        String id = admin().body(list("Bulk", "override", "EUR", prices)).post("/api/admin/price-lists").then()
                .statusCode(201)
                .body("priceCount", equalTo(10_000))
                .extract().path("id");
        admin().get("/api/admin/price-lists/{id}", id).then().statusCode(200).body("prices", hasSize(10_000));

        prices.add(price(prefix + "-extra", 1));
        assertInvalid(list("Too many", "override", "EUR", prices), "prices");
    }

    @Test
    void anUnknownCustomerGroupIsRefused() {
        UUID nowhere = UUID.randomUUID();
        Map<String, Object> body = list("Ghost group", "override", "EUR", List.of());
        body.put("customerGroupIds", List.of(newGroup(), nowhere.toString()));

        admin().body(body).post("/api/admin/price-lists").then().statusCode(422)
                .contentType("application/problem+json")
                .body("error", equalTo("unknown_customer_group"))
                .body("customerGroupIds", contains(nowhere.toString()))
                .body("errors[0].field", equalTo("customerGroupIds"));
    }

    @Test
    void aGroupThatAListNamesCannotBeDeletedUntilTheListLetsItGo() {
        String vip = newGroup();
        Map<String, Object> body = list("VIP", "override", "EUR", List.of());
        body.put("customerGroupIds", List.of(vip));
        String id = admin().body(body).post("/api/admin/price-lists").then().statusCode(201).extract().path("id");

        admin().delete("/api/admin/customer-groups/{id}", vip).then().statusCode(409)
                .body("error", equalTo("customer_group_in_use"))
                .body("priceListIds", contains(id));

        body.put("customerGroupIds", List.of());
        admin().body(body).put("/api/admin/price-lists/{id}", id).then().statusCode(200);
        admin().delete("/api/admin/customer-groups/{id}", vip).then().statusCode(204);
    }

    @Test
    void aGroupDeletedWhileAListIsCreatedNamingItEndsOneWayOrTheOther() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                String vip = newGroup();
                Map<String, Object> body = list("Race " + round, "override", "EUR", List.of(price(unique("R"), 5)));
                body.put("customerGroupIds", List.of(vip));
                CountDownLatch start = new CountDownLatch(1);
                Future<Integer> created = pool.submit(() -> {
                    start.await();
                    return admin().body(body).post("/api/admin/price-lists").then().extract().statusCode();
                });
                Future<Integer> deleted = pool.submit(() -> {
                    start.await();
                    return admin().delete("/api/admin/customer-groups/{id}", vip).then().extract().statusCode();
                });
                start.countDown();

                // either the list came first (the group stays, in use) or the group went first (the list is refused)
                assertThat(List.of(created.get(30, TimeUnit.SECONDS), deleted.get(30, TimeUnit.SECONDS)))
                        .isIn(List.of(201, 409), List.of(422, 204));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void priceListsNeedThePricingPermission() {
        Map<String, Object> body = list("Perm", "sale", "EUR", List.of());
        given().get("/api/admin/price-lists").then().statusCode(401).body("error", equalTo("unauthorized"));
        as(tokens.customer(UUID.randomUUID())).body(body).post("/api/admin/price-lists").then().statusCode(403)
                .body("error", equalTo("forbidden"));
        as(tokens.staff(Permissions.COUPONS_MANAGE)).get("/api/admin/price-lists").then().statusCode(403);

        String catalogManager = accounts.withRole("catalog_manager").accessToken();
        as(catalogManager).get("/api/admin/price-lists").then().statusCode(403).body("error", equalTo("forbidden"));
        as(catalogManager).body(body).post("/api/admin/price-lists").then().statusCode(403);

        String marketing = accounts.withRole("marketing").accessToken();
        String id = as(marketing).body(body).post("/api/admin/price-lists").then().statusCode(201)
                .extract().path("id");
        as(catalogManager).get("/api/admin/price-lists/{id}", id).then().statusCode(403);
        as(catalogManager).body(body).put("/api/admin/price-lists/{id}", id).then().statusCode(403);
        as(catalogManager).delete("/api/admin/price-lists/{id}", id).then().statusCode(403);
        as(accounts.adminToken()).delete("/api/admin/price-lists/{id}", id).then().statusCode(204);
    }

    private void assertInvalidAmount(String currency, Number amount, String field) {
        admin().body(list("Amounts", "sale", currency, List.of(price(unique("OK"), 1), price(unique("BAD"), amount))))
                .post("/api/admin/price-lists").then().statusCode(400)
                .contentType("application/problem+json")
                .body("error", equalTo("invalid_amount"))
                .body("errors.field", contains(field));
    }

    private ValidatableResponse assertInvalid(Map<String, Object> body, String field) {
        return admin().filter(Contract.INVALID_REQUEST).body(body).post("/api/admin/price-lists").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("error", equalTo("invalid_data"))
                .body("errors.field", hasItem(field));
    }

    private String newGroup() {
        return admin().body(group(unique("G"), null)).post("/api/admin/customer-groups").then().statusCode(201)
                .extract().path("id");
    }

    private RequestSpecification admin() {
        return as(tokens.staff(Permissions.PRICING_MANAGE));
    }

    static Map<String, Object> list(String name, String type, String currency, List<Map<String, Object>> prices) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("type", type);
        body.put("currency", currency);
        body.put("prices", prices);
        return body;
    }

    static Map<String, Object> price(String sku, Number amount) {
        Map<String, Object> price = new HashMap<>();
        price.put("sku", sku);
        price.put("amount", amount);
        return price;
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        body.put(key, value);
        return body;
    }

    private static Map<String, Object> without(Map<String, Object> body, String key) {
        body.remove(key);
        return body;
    }
}
