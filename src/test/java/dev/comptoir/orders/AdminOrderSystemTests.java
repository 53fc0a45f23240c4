package dev.comptoir.orders;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import dev.comptoir.shared.error.ApiException;
import dev.comptoir.support.Outbox;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestAccounts.Account;
import dev.comptoir.support.TestCatalog;
import dev.comptoir.support.TestCatalog.Sku;
import dev.comptoir.support.TestMailServer;
import dev.comptoir.support.TestPayments;
import dev.comptoir.support.TestTokens;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@SystemTest
class AdminOrderSystemTests {

    @Autowired
    TestCatalog catalog;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestTokens tokens;
    @Autowired
    TestPayments payments;
    @Autowired
    JdbcTemplate jdbc;

    private final UUID adminId = UUID.randomUUID();

    private RequestSpecification admin() {
        return given().auth().oauth2(tokens.token(adminId, "staff", List.of("orders:manage")));
    }

    private JsonPath place(Account customer, Sku sku, int quantity) {
        given().auth().oauth2(customer.accessToken()).contentType("application/json")
                .body(Map.of("productId", sku.productId(), "quantity", quantity)).post("/api/cart/items")
                .then().statusCode(200);
        return given().auth().oauth2(customer.accessToken()).contentType("application/json")
                .body(CheckoutSystemTests.checkout("FR")).post("/api/orders").then().statusCode(201).extract().jsonPath();
    }

    private void pay(JsonPath order, Account customer) {
        payments.pay(order.getString("id"), given().auth().oauth2(customer.accessToken()));
    }

    private io.restassured.response.ValidatableResponse move(String id, Map<String, Object> body) {
        return admin().contentType("application/json").body(body).post("/api/admin/orders/{id}/status", id).then();
    }

    private int stockOf(Sku sku) {
        return jdbc.queryForObject("SELECT stock FROM products WHERE sku = ?", Integer.class, sku.sku());
    }

    @Test
    void staffFilterOrdersByEmailStatusPaymentStatusNumberAndDateNewestFirst() {
        Sku sku = catalog.product("10.00", 50);
        Account customer = accounts.register();
        String first = place(customer, sku, 1).getString("id");
        JsonPath second = place(customer, sku, 2);
        String third = place(customer, sku, 3).getString("id");
        pay(second, customer);
        given().auth().oauth2(customer.accessToken()).post("/api/orders/{id}/cancel", third).then().statusCode(200);
        String email = customer.email();
        String part = email.substring(0, email.indexOf('@')).toUpperCase();

        admin().queryParam("email", email.toUpperCase()).get("/api/admin/orders").then().statusCode(200)
                .body("data.id", contains(third, second.getString("id"), first))
                .body("data[0].userId", equalTo(customer.id().toString()))
                .body("data[2].itemCount", equalTo(1))
                .body("pagination.total", equalTo(3));
        admin().queryParam("email", part).get("/api/admin/orders").then().body("pagination.total", equalTo(3));
        admin().queryParam("email", part).queryParam("limit", 2).queryParam("page", 2).get("/api/admin/orders")
                .then().body("data.id", contains(first)).body("pagination.totalPages", equalTo(2));
        admin().queryParam("email", email).queryParam("status", "cancelled").get("/api/admin/orders").then()
                .body("data.id", contains(third));
        admin().queryParam("email", email).queryParam("paymentStatus", "paid").get("/api/admin/orders").then()
                .body("data.id", contains(second.getString("id")))
                .body("data[0].status", equalTo("confirmed"));
        admin().queryParam("orderNumber", second.getString("orderNumber")).get("/api/admin/orders").then()
                .body("data.id", contains(second.getString("id")));
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        admin().queryParam("email", email).queryParam("from", today).queryParam("to", today)
                .get("/api/admin/orders").then().body("pagination.total", equalTo(3));
        admin().queryParam("email", email).queryParam("from", LocalDate.now(ZoneOffset.UTC).plusDays(1).toString())
                .get("/api/admin/orders").then().body("pagination.total", equalTo(0));
        admin().queryParam("email", email).queryParam("to", "2020-01-01T00:00:00Z").get("/api/admin/orders").then()
                .body("pagination.total", equalTo(0));
        admin().queryParam("email", "nobody-" + UUID.randomUUID() + "@example.test").get("/api/admin/orders").then()
                .body("data", hasSize(0));
    }

    @Test
    void badFiltersAreBadRequestsNamingTheParameter() {
        admin().queryParam("status", "lost").get("/api/admin/orders").then().statusCode(400)
                .body("error", equalTo("invalid_data")).body("errors.field", contains("status"));
        admin().queryParam("paymentStatus", "maybe").get("/api/admin/orders").then().statusCode(400)
                .body("errors.field", contains("paymentStatus"));
        admin().queryParam("from", "2026-13-45").get("/api/admin/orders").then().statusCode(400)
                .body("errors.field", contains("from"));
        admin().queryParam("to", "yesterday").get("/api/admin/orders").then().statusCode(400)
                .body("errors.field", contains("to"));
        admin().queryParam("from", "0001-01-01").get("/api/admin/orders").then().statusCode(400)
                .body("errors.field", contains("from"));
        admin().queryParam("from", "2026-02-01").queryParam("to", "2026-01-01").get("/api/admin/orders").then()
                .statusCode(400).body("errors.field", contains("from"));
        admin().queryParam("limit", 101).get("/api/admin/orders").then().statusCode(400)
                .body("errors.field", contains("limit"));
        admin().queryParam("page", "two").get("/api/admin/orders").then().statusCode(400);
    }

    @Test
    void anAdminReadsTheWholeOrderWithItsCustomerAndUnknownIdsAreNotFound() {
        Sku sku = catalog.product("12.00", 10);
        Account customer = accounts.register();
        JsonPath order = place(customer, sku, 2);
        admin().get("/api/admin/orders/{id}", order.getString("id")).then().statusCode(200)
                .body("id", equalTo(order.getString("id")))
                .body("userId", equalTo(customer.id().toString()))
                .body("email", equalTo(customer.email()))
                .body("items[0].sku", equalTo(sku.sku()))
                .body("total", equalTo(order.getFloat("total")))
                .body("refundedAmount", equalTo(0.0f))
                .body("statusHistory[0].by", equalTo("customer:" + customer.id()));
        admin().get("/api/admin/orders/{id}", UUID.randomUUID()).then().statusCode(404)
                .body("error", equalTo("order_not_found"));
        admin().get("/api/admin/orders/not-a-uuid").then().statusCode(400);
        move(UUID.randomUUID().toString(), Map.of("status", "processing")).statusCode(404)
                .body("error", equalTo("order_not_found"));
    }

    @Test
    void aPaidOrderIsProcessedShippedWithATrackingNumberAndDeliveredEachStepRecordedWithItsAdmin() throws Exception {
        Sku sku = catalog.product("30.00", 10);
        Account customer = accounts.register();
        JsonPath order = place(customer, sku, 1);
        String id = order.getString("id");
        pay(order, customer);

        move(id, Map.of("status", "processing", "note", "picked")).statusCode(200)
                .body("status", equalTo("processing"));
        move(id, Map.of("status", "shipped")).statusCode(400).body("error", equalTo("tracking_number_required"))
                .body("errors.field", contains("trackingNumber"));
        move(id, Map.of("status", "shipped", "trackingNumber", "  ")).statusCode(400);
        move(id, Map.of("status", "shipped", "trackingNumber", "1Z999AA10123456784")).statusCode(200)
                .body("status", equalTo("shipped"))
                .body("trackingNumber", equalTo("1Z999AA10123456784"))
                .body("shippedAt", notNullValue());
        move(id, Map.of("status", "delivered")).statusCode(200)
                .body("status", equalTo("delivered"))
                .body("deliveredAt", notNullValue())
                .body("statusHistory.status", contains("pending", "confirmed", "processing", "shipped", "delivered"))
                .body("statusHistory[2].by", equalTo("admin:" + adminId))
                .body("statusHistory[2].note", equalTo("picked"))
                .body("statusHistory[3].by", equalTo("admin:" + adminId))
                .body("statusHistory[4].by", equalTo("admin:" + adminId));
        move(id, Map.of("status", "cancelled")).statusCode(409).body("error", equalTo("invalid_transition"));
        move(id, Map.of("status", "shipped", "trackingNumber", "X")).statusCode(409)
                .body("error", equalTo("invalid_transition"));
        given().auth().oauth2(customer.accessToken()).get("/api/orders/{id}", id).then()
                .body("trackingNumber", equalTo("1Z999AA10123456784"));

        String shipped = "Your order " + order.getString("orderNumber") + " has shipped";
        Outbox.awaitDone(jdbc, Outbox.SHIPMENT_EMAILS, id);
        var mails = TestMailServer.messagesTo(customer.email()).stream().filter(m -> subject(m).equals(shipped))
                .toList();
        assertThat(mails).hasSize(1);
        assertThat(TestMailServer.text(mails.get(0))).contains("1Z999AA10123456784");
        assertThat(TestMailServer.html(mails.get(0))).contains("1Z999AA10123456784");
    }

    @Test
    void transitionsOutsideTheStateMachineAreRefused() {
        Sku sku = catalog.product("10.00", 10);
        Account customer = accounts.register();
        String id = place(customer, sku, 1).getString("id");
        move(id, Map.of("status", "processing")).statusCode(409).body("error", equalTo("invalid_transition"))
                .body("from", equalTo("pending")).body("to", equalTo("processing"));
        move(id, Map.of("status", "shipped", "trackingNumber", "T1")).statusCode(409);
        move(id, Map.of("status", "delivered")).statusCode(409);
        move(id, Map.of("status", "confirmed")).statusCode(409).body("error", equalTo("invalid_transition"));
        move(id, Map.of("status", "refunded")).statusCode(409);
        move(id, Map.of("status", "pending")).statusCode(409);
        move(id, Map.of("status", "lost")).statusCode(400).body("errors.field", contains("status"));
        move(id, Map.of("note", "no status")).statusCode(400).body("errors.field", contains("status"));
        admin().contentType("application/json").body("{\"status\": ").post("/api/admin/orders/{id}/status", id)
                .then().statusCode(400);
        admin().get("/api/admin/orders/{id}", id).then().body("status", equalTo("pending"))
                .body("statusHistory", hasSize(1));
    }

    @Test
    void anAdminCancelsAPaidOrderWhichRestocksAndAnnouncesTheRefund() {
        Sku sku = catalog.product("20.00", 10);
        Account customer = accounts.register();
        JsonPath order = place(customer, sku, 4);
        String id = order.getString("id");
        pay(order, customer);
        assertThat(stockOf(sku)).isEqualTo(6);
        move(id, Map.of("status", "cancelled", "note", "out of paper")).statusCode(200)
                .body("status", equalTo("cancelled"))
                .body("cancelledAt", notNullValue())
                .body("statusHistory[2].by", equalTo("admin:" + adminId))
                .body("statusHistory[2].note", equalTo("out of paper"));
        assertThat(stockOf(sku)).isEqualTo(10);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM stock_movements WHERE order_id = ?::uuid "
                + "AND reason = 'cancellation' AND actor = ?", Integer.class, id, "admin:" + adminId)).isEqualTo(1);
        move(id, Map.of("status", "cancelled")).statusCode(409).body("error", equalTo("invalid_transition"));
        String cancelled = "Your order " + order.getString("orderNumber") + " was cancelled";
        await().atMost(Duration.ofSeconds(15)).until(() -> TestMailServer.messagesTo(customer.email()).stream()
                .anyMatch(m -> subject(m).equals(cancelled) && body(m).contains("will be refunded")));
    }

    @Test
    void refundsMoveThePaymentStatusAndTheFullAmountRefundsTheOrder() {
        Sku sku = catalog.product("50.00", 10);
        Account customer = accounts.register();
        JsonPath order = place(customer, sku, 1);
        String id = order.getString("id");
        BigDecimal total = new BigDecimal(order.getString("total"));
        pay(order, customer);
        payments.refund(id, new BigDecimal("10.00"), "partially_refunded");
        admin().get("/api/admin/orders/{id}", id).then().body("paymentStatus", equalTo("partially_refunded"))
                .body("status", equalTo("confirmed")).body("refundedAmount", equalTo(10.0f));
        payments.refund(id, total.subtract(new BigDecimal("10.00")), "refunded");
        admin().get("/api/admin/orders/{id}", id).then().body("paymentStatus", equalTo("refunded"))
                .body("status", equalTo("refunded")).body("statusHistory.status", hasItem("refunded"))
                .body("refundedAmount", equalTo(total.floatValue()));
    }

    private static String subject(jakarta.mail.internet.MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(jakarta.mail.internet.MimeMessage m) {
        return TestMailServer.text(m);
    }
}
