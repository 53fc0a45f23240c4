package dev.comptoir.orders;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.comptoir.support.Contract;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestCatalog.Sku;
import dev.comptoir.support.TestCatalog;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@SystemTest
class CheckoutSystemTests {

    @Autowired
    TestCatalog catalog;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    static Map<String, Object> address(String country) {
        return Map.of("firstName", "Ada", "lastName", "Lovelace", "line1", "12 rue de la Paix", "city", "Paris",
                "postalCode", "75002", "country", country);
    }

    static Map<String, Object> checkout(String country) {
        return Map.of("shippingAddress", address(country));
    }

    private void addToCart(String token, Sku sku, int quantity) {
        given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("productId", sku.productId(), "quantity", quantity))
                .post("/api/cart/items").then().statusCode(200);
    }

    private int stockOf(Sku sku) {
        return jdbc.queryForObject("SELECT stock FROM products WHERE sku = ?", Integer.class, sku.sku());
    }

    @Test
    void aCustomerPlacesAnOrderThatSnapshotsLinesTakesStockAndEmptiesTheCart() {
        Sku sku = catalog.product("19.99", 10);
        TestAccounts.Account customer = accounts.register();
        addToCart(customer.accessToken(), sku, 3);

        ExtractableResponse<Response> order = given().auth().oauth2(customer.accessToken())
                .contentType("application/json").body(checkout("FR"))
                .post("/api/orders").then().statusCode(201)
                .body("orderNumber", matchesPattern("CO-\\d{4}-\\d{6}"))
                .body("status", equalTo("pending"))
                .body("paymentStatus", equalTo("pending"))
                .body("email", equalTo(customer.email()))
                .body("items", hasSize(1))
                .body("items[0].sku", equalTo(sku.sku()))
                .body("items[0].unitPrice", equalTo(19.99f))
                .body("items[0].quantity", equalTo(3))
                .body("subtotal", equalTo(59.97f))
                .body("taxAmount", equalTo(11.99f))
                .body("shippingAmount", equalTo(0.0f))
                .body("total", equalTo(71.96f))
                .body("statusHistory[0].status", equalTo("pending"))
                .body("estimatedDelivery.from", notNullValue())
                .body("guestToken", nullValue())
                .extract();

        assertThat(stockOf(sku)).isEqualTo(7);
        UUID orderId = UUID.fromString(order.path("id"));
        assertThat(jdbc.queryForObject("SELECT sum(reserved_delta) FROM stock_movements WHERE sku = ? AND order_id = ? "
                + "AND reason = 'reservation'", Integer.class, sku.sku(), orderId)).isEqualTo(3);
        given().auth().oauth2(customer.accessToken()).get("/api/cart").then().body("items", hasSize(0));
        given().auth().oauth2(customer.accessToken()).get("/api/orders/" + orderId).then().statusCode(200)
                .body("id", equalTo(orderId.toString()));
        given().auth().oauth2(customer.accessToken()).get("/api/orders").then().statusCode(200)
                .body("data.id", hasItem(orderId.toString()))
                .body("pagination.total", equalTo(1));
    }

    @Test
    void aLaterPriceChangeDoesNotChangeAPlacedOrder() {
        Sku sku = catalog.product("10.00", 10);
        TestAccounts.Account customer = accounts.register();
        addToCart(customer.accessToken(), sku, 1);
        String id = given().auth().oauth2(customer.accessToken()).contentType("application/json")
                .body(checkout("FR")).post("/api/orders").then().statusCode(201).extract().path("id");
        catalog.setPrice(sku.productId(), "99.00");
        given().auth().oauth2(customer.accessToken()).get("/api/orders/" + id).then()
                .body("items[0].unitPrice", equalTo(10.0f)).body("subtotal", equalTo(10.0f));
    }

    @Test
    void anEmptyCartCannotBeCheckedOut() {
        TestAccounts.Account customer = accounts.register();
        given().auth().oauth2(customer.accessToken()).contentType("application/json").body(checkout("FR"))
                .post("/api/orders").then().statusCode(422).body("error", equalTo("empty_cart"));
    }

    @Test
    void anInvalidAddressIsABadRequestNamingTheField() {
        TestAccounts.Account customer = accounts.register();
        Contract.invalidRequest().auth().oauth2(customer.accessToken()).contentType("application/json")
                .body(Map.of("shippingAddress", Map.of("firstName", "Ada", "country", "France")))
                .post("/api/orders").then().statusCode(400)
                .body("error", equalTo("invalid_data"))
                .body("errors.field", hasItem("shippingAddress.country"))
                .body("errors.field", hasItem("shippingAddress.line1"));
    }

    @Test
    void aGuestChecksOutWithAnEmailAndFollowsTheOrderWithItsToken() {
        Sku sku = catalog.product("12.50", 10);
        String session = "guest-" + UUID.randomUUID();
        given().header("X-Session-Id", session).contentType("application/json")
                .body(Map.of("productId", sku.productId(), "quantity", 2)).post("/api/cart/items")
                .then().statusCode(200);
        given().header("X-Session-Id", session).contentType("application/json").body(checkout("FR"))
                .post("/api/orders").then().statusCode(400).body("errors.field", hasItem("email"));

        Map<String, Object> body = new HashMap<>(checkout("FR"));
        body.put("email", "Guest.Buyer@Example.com");
        ExtractableResponse<Response> placed = given().header("X-Session-Id", session)
                .contentType("application/json").body(body).post("/api/orders").then().statusCode(201)
                .body("email", equalTo("guest.buyer@example.com"))
                .body("guestToken", notNullValue()).extract();
        String id = placed.path("id");
        String token = placed.path("guestToken");

        given().header("X-Guest-Token", token).get("/api/orders/" + id).then().statusCode(200)
                .body("guestToken", nullValue()).body("total", equalTo(placed.path("total")));
        given().header("X-Guest-Token", "wrong-token").get("/api/orders/" + id).then().statusCode(404)
                .body("error", equalTo("order_not_found"));
        given().get("/api/orders/" + id).then().statusCode(404);
        given().header("X-Guest-Token", token).post("/api/orders/" + id + "/cancel").then().statusCode(200)
                .body("status", equalTo("cancelled"));
        assertThat(stockOf(sku)).isEqualTo(10);
    }

    @Test
    void anotherCustomersOrderIsNotFound() {
        Sku sku = catalog.product("10.00", 10);
        TestAccounts.Account owner = accounts.register();
        TestAccounts.Account other = accounts.register();
        addToCart(owner.accessToken(), sku, 1);
        String id = given().auth().oauth2(owner.accessToken()).contentType("application/json")
                .body(checkout("FR")).post("/api/orders").then().statusCode(201).extract().path("id");
        given().auth().oauth2(other.accessToken()).get("/api/orders/" + id).then().statusCode(404)
                .body("error", equalTo("order_not_found"));
        given().auth().oauth2(other.accessToken()).post("/api/orders/" + id + "/cancel").then().statusCode(404);
        given().auth().oauth2(other.accessToken()).get("/api/orders").then().body("data", hasSize(0));
        given().auth().oauth2(owner.accessToken()).get("/api/orders/" + UUID.randomUUID()).then().statusCode(404);
        Contract.invalidRequest().auth().oauth2(owner.accessToken()).get("/api/orders/not-a-uuid").then().statusCode(400);
    }

    @Test
    void cancellingRestocksAndASecondCancellationIsRefused() {
        Sku sku = catalog.product("10.00", 10);
        TestAccounts.Account customer = accounts.register();
        addToCart(customer.accessToken(), sku, 4);
        String id = given().auth().oauth2(customer.accessToken()).contentType("application/json")
                .body(checkout("FR")).post("/api/orders").then().statusCode(201).extract().path("id");
        assertThat(stockOf(sku)).isEqualTo(6);
        given().auth().oauth2(customer.accessToken()).post("/api/orders/" + id + "/cancel").then().statusCode(200)
                .body("status", equalTo("cancelled"))
                .body("statusHistory.status", hasItem("cancelled"))
                .body("cancelledAt", notNullValue());
        assertThat(stockOf(sku)).isEqualTo(10);
        given().auth().oauth2(customer.accessToken()).post("/api/orders/" + id + "/cancel").then().statusCode(409)
                .body("error", equalTo("cannot_cancel")).body("status", equalTo(409))
                .body("orderStatus", equalTo("cancelled"));
        assertThat(stockOf(sku)).isEqualTo(10);
        given().auth().oauth2(customer.accessToken()).get("/api/orders?status=cancelled").then()
                .body("data.id", hasItem(id));
        Contract.invalidRequest().auth().oauth2(customer.accessToken()).get("/api/orders?status=lost").then().statusCode(400);
    }

    @Test
    void anIdempotentRetryReturnsTheSameOrderAndCreatesNothingNew() {
        Sku sku = catalog.product("10.00", 10);
        TestAccounts.Account customer = accounts.register();
        addToCart(customer.accessToken(), sku, 2);
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(customer.accessToken()).header("Idempotency-Key", key)
                .contentType("application/json").body(checkout("FR"))
                .post("/api/orders").then().statusCode(201).extract().path("id");
        String again = given().auth().oauth2(customer.accessToken()).header("Idempotency-Key", key)
                .contentType("application/json").body(checkout("FR"))
                .post("/api/orders").then().statusCode(201).header("Idempotent-Replayed", "true")
                .extract().path("id");
        assertThat(again).isEqualTo(first);
        assertThat(stockOf(sku)).isEqualTo(8);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM orders WHERE user_id = ?", Integer.class,
                UUID.fromString(customer.id().toString()))).isEqualTo(1);
        given().auth().oauth2(customer.accessToken()).header("Idempotency-Key", key)
                .contentType("application/json").body(checkout("DE"))
                .post("/api/orders").then().statusCode(422).body("error", equalTo("idempotency_key_reused"));
    }
}
