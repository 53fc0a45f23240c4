package dev.comptoir.payments;

import static dev.comptoir.payments.PaymentFixtures.eventually;
import static dev.comptoir.payments.PaymentFixtures.minor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.comptoir.payments.PaymentFixtures.PlacedOrder;
import dev.comptoir.support.Contract;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestMailServer;
import dev.comptoir.support.TestTokens;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code POST /api/admin/orders/{id}/refunds}: partial refunds add up, never past what was paid. */
@SystemTest
class RefundSystemTests {

    @Autowired
    PaymentFixtures fixtures;
    @Autowired
    TestTokens tokens;
    @Autowired
    JdbcTemplate jdbc;

    /** A confirmed, paid order (the signed webhook went through and the order listener ran). */
    private PlacedOrder paidOrder(String price) {
        PlacedOrder order = fixtures.customerOrder(price);
        String intentId = fixtures.intentOf(order);
        fixtures.deliver(fixtures.intentEvent("payment_intent.succeeded", intentId, order.id(), minor(order.total()),
                "eur")).then().statusCode(200);
        eventually(() -> "confirmed".equals(fixtures.orderStatus(order.id())));
        return order;
    }

    private Response refund(UUID orderId, Object amount) {
        return refund(given(), orderId, amount);
    }

    private Response refund(RequestSpecification request, UUID orderId, Object amount) {
        Map<String, Object> body = new HashMap<>();
        if (amount != null) {
            body.put("amount", amount);
        }
        body.put("reason", "customer request");
        return request.auth().oauth2(tokens.staff("orders:manage")).contentType("application/json").body(body)
                .post("/api/admin/orders/" + orderId + "/refunds").then().extract().response();
    }

    @Test
    void partialRefundsAddUpAndTheLastOneRefundsTheOrder() {
        PlacedOrder order = paidOrder("50.00"); // 60.00 with VAT, free shipping
        assertThat(order.total()).isEqualByComparingTo("60.00");

        // committed as pending; the provider is asked after commit (ADR 0004)
        refund(order.id(), 10.50).then().statusCode(201).body("status", equalTo("pending"))
                .body("amount", equalTo(10.5f)).body("source", equalTo("api"));
        eventually(() -> "partially_refunded".equals(fixtures.orderPaymentStatus(order.id())));
        assertThat(fixtures.orderStatus(order.id())).isEqualTo("confirmed");

        refund(order.id(), 49.51).then().statusCode(422).body("error", equalTo("refund_exceeds_payment"))
                .body("available", equalTo(49.5f));
        refund(Contract.invalidRequest(), order.id(), 0).then().statusCode(400);

        refund(order.id(), null).then().statusCode(201).body("amount", equalTo(49.5f)).body("status", equalTo("pending"));
        eventually(() -> "refunded".equals(fixtures.orderStatus(order.id())));
        assertThat(fixtures.orderPaymentStatus(order.id())).isEqualTo("refunded");
        refund(order.id(), null).then().statusCode(409).body("error", equalTo("already_refunded"));

        given().auth().oauth2(tokens.staff("orders:manage")).get("/api/admin/orders/" + order.id() + "/payments")
                .then().statusCode(200)
                .body("paid", equalTo(60.0f)).body("refunded", equalTo(60.0f))
                .body("payments", hasSize(1)).body("payments[0].status", equalTo("succeeded"))
                .body("payments[0].amountRefunded", equalTo(60.0f))
                .body("refunds", hasSize(2));
        eventually(() -> TestMailServer.messagesTo(order.email()).stream().filter(m -> subject(m).startsWith("Refund"))
                .count() == 2);
    }

    private static String subject(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    @Test
    void concurrentRefundsNeverExceedWhatWasPaid() throws Exception {
        PlacedOrder order = paidOrder("50.00"); // 60.00
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return refund(order.id(), 25.00).statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();
        // two fit in 60.00; then only 10.00 is left
        assertThat(statuses).containsExactlyInAnyOrder(201, 201, 422, 422);
        eventually(() -> jdbc.queryForObject("SELECT count(*) FROM refunds WHERE order_id = ? AND status = 'succeeded'",
                Integer.class, order.id()) == 2);
        assertThat(jdbc.queryForObject("SELECT sum(amount) FROM refunds WHERE order_id = ? AND status = 'succeeded'",
                BigDecimal.class, order.id())).isEqualByComparingTo("50.00");
        eventually(() -> "partially_refunded".equals(fixtures.orderPaymentStatus(order.id())));
        refund(order.id(), null).then().statusCode(201).body("amount", equalTo(10.0f));
        eventually(() -> "refunded".equals(fixtures.orderStatus(order.id())));
    }

    @Test
    void anIdempotencyKeyReplaysTheRefundInsteadOfRefundingTwice() {
        PlacedOrder order = paidOrder("20.00");
        String key = "refund-" + UUID.randomUUID();
        String token = tokens.staff("orders:manage");
        String first = given().auth().oauth2(token).header("Idempotency-Key", key).contentType("application/json")
                .body(Map.of("amount", 5)).post("/api/admin/orders/" + order.id() + "/refunds").then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(token).header("Idempotency-Key", key).contentType("application/json")
                .body(Map.of("amount", 5)).post("/api/admin/orders/" + order.id() + "/refunds").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM refunds WHERE order_id = ?", Integer.class, order.id()))
                .isEqualTo(1);
    }

    @Test
    void refundsNeedOrdersManageAndAPaidOrder() {
        PlacedOrder order = paidOrder("20.00");
        given().auth().oauth2(order.token()).contentType("application/json").body(Map.of("amount", 1))
                .post("/api/admin/orders/" + order.id() + "/refunds").then().statusCode(403)
                .body("error", equalTo("forbidden"));
        given().auth().oauth2(tokens.staff("catalog:write")).contentType("application/json").body(Map.of())
                .post("/api/admin/orders/" + order.id() + "/refunds").then().statusCode(403);
        given().contentType("application/json").body(Map.of()).post("/api/admin/orders/" + order.id() + "/refunds")
                .then().statusCode(401);
        given().auth().oauth2(order.token()).get("/api/admin/orders/" + order.id() + "/payments").then().statusCode(403);
        refund(UUID.randomUUID(), 1).then().statusCode(404).body("error", equalTo("order_not_found"));
        PlacedOrder unpaid = fixtures.customerOrder("20.00");
        refund(unpaid.id(), 1).then().statusCode(409).body("error", equalTo("order_not_paid"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM refunds WHERE order_id = ?", Integer.class, order.id()))
                .isZero();
    }

    @Test
    void cancellingAPaidOrderRefundsItInFull() {
        PlacedOrder order = paidOrder("20.00");
        refund(order.id(), 4).then().statusCode(201);
        eventually(() -> "partially_refunded".equals(fixtures.orderPaymentStatus(order.id())));
        order.caller().post("/api/orders/" + order.id() + "/cancel").then().statusCode(200)
                .body("status", equalTo("cancelled"));
        eventually(() -> "refunded".equals(fixtures.orderPaymentStatus(order.id())));
        assertThat(fixtures.orderStatus(order.id())).isEqualTo("cancelled");
        assertThat(jdbc.queryForObject("SELECT sum(amount) FROM refunds WHERE order_id = ? AND status = 'succeeded'",
                BigDecimal.class, order.id())).isEqualByComparingTo(order.total());
    }

    @Test
    void aDashboardRefundArrivesByWebhookOnceAndCounts() {
        PlacedOrder order = paidOrder("20.00"); // 28.90 (VAT, shipping)
        String intentId = jdbc.queryForObject("SELECT provider_id FROM payments WHERE order_id = ?", String.class,
                order.id());
        String refundId = "re_dash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        Map<String, Object> refund = Map.of("id", refundId, "object", "refund", "amount", 500, "currency", "eur",
                "payment_intent", intentId, "status", "succeeded", "metadata", Map.of());
        Map<String, Object> charge = Map.of("id", "ch_" + refundId, "object", "charge", "payment_intent", intentId,
                "amount", minor(order.total()), "amount_refunded", 500, "refunded", false,
                "refunds", Map.of("object", "list", "data", List.of(refund)));
        fixtures.deliver(fixtures.event("charge.refunded", charge)).then().statusCode(200);
        fixtures.deliver(fixtures.event("refund.updated", refund)).then().statusCode(200);
        fixtures.deliver(fixtures.event("charge.refunded", charge)).then().statusCode(200);

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM refunds WHERE provider_refund_id = ?", refundId);
        assertThat(row.get("source")).isEqualTo("dashboard");
        assertThat(row.get("status")).isEqualTo("succeeded");
        assertThat((BigDecimal) row.get("amount")).isEqualByComparingTo("5.00");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM refunds WHERE order_id = ?", Integer.class, order.id()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT amount_refunded FROM payments WHERE order_id = ?", BigDecimal.class,
                order.id())).isEqualByComparingTo("5.00");
        eventually(() -> "partially_refunded".equals(fixtures.orderPaymentStatus(order.id())));
        // what is left to refund accounts for it
        refund(order.id(), 23.91).then().statusCode(422).body("available", equalTo(23.9f));
    }

    @Test
    void aSignedRefundLargerThanWhatIsLeftCountsForWhatIsLeftAndAlertsStaff() {
        PlacedOrder order = paidOrder("20.00"); // 28.90 (VAT, shipping)
        String intentId = jdbc.queryForObject("SELECT provider_id FROM payments WHERE order_id = ?", String.class,
                order.id());
        String first = dashboardRefund("refund.created", intentId, 500);
        String tooLarge = dashboardRefund("refund.updated", intentId, 5000);

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM refunds WHERE provider_refund_id = ?", tooLarge);
        assertThat((BigDecimal) row.get("amount")).isEqualByComparingTo("23.90");
        assertThat((BigDecimal) row.get("reported_amount")).isEqualByComparingTo("50.00");
        assertThat(jdbc.queryForObject("SELECT reported_amount FROM refunds WHERE provider_refund_id = ?",
                BigDecimal.class, first)).isNull();
        assertThat(jdbc.queryForObject("SELECT amount_refunded FROM payments WHERE order_id = ?", BigDecimal.class,
                order.id())).isEqualByComparingTo(order.total());
        eventually(() -> "refunded".equals(fixtures.orderPaymentStatus(order.id())));
        eventually(() -> order.total().compareTo(jdbc.queryForObject(
                "SELECT coalesce(sum(amount), 0) FROM analytics_refunds WHERE order_id = ?", BigDecimal.class,
                order.id())) == 0);
        given().auth().oauth2(tokens.staff("orders:manage")).get("/api/admin/orders/" + order.id() + "/payments")
                .then().statusCode(200)
                .body("refunds.find { it.providerRefundId == '" + tooLarge + "' }.reportedAmount", equalTo(50.0f))
                .body("refunds.find { it.providerRefundId == '" + tooLarge + "' }.amount", equalTo(23.9f));
        given().auth().oauth2(tokens.staff("orders:manage")).queryParam("kind", "refund_exceeds_payment")
                .get("/api/admin/alerts").then().statusCode(200)
                .body("data.findAll { it.subject.id == '" + order.id() + "' }", hasSize(1));

        // with nothing left, another one is not recorded at all, and is an alert too
        String nothingLeft = dashboardRefund("refund.created", intentId, 100);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM refunds WHERE order_id = ?", Integer.class, order.id()))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM staff_alerts WHERE kind = 'refund_exceeds_payment' "
                + "AND ref IN (?, ?) AND status = 'open'", Integer.class, tooLarge, nothingLeft)).isEqualTo(2);
    }

    /** A succeeded refund made in Stripe's dashboard, delivered as a signed event; its Stripe id. */
    private String dashboardRefund(String type, String intentId, long amount) {
        String refundId = "re_dash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        fixtures.deliver(fixtures.event(type, Map.of("id", refundId, "object", "refund", "amount", amount,
                "currency", "eur", "payment_intent", intentId, "status", "succeeded", "metadata", Map.of())))
                .then().statusCode(200);
        return refundId;
    }
}
