package dev.comptoir.payments;

import static dev.comptoir.payments.PaymentFixtures.eventually;
import static dev.comptoir.payments.PaymentFixtures.minor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.comptoir.payments.PaymentFixtures.PlacedOrder;
import dev.comptoir.payments.provider.WebhookSecret;
import dev.comptoir.payments.webhook.WebhookSignatures;
import dev.comptoir.support.SystemTest;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code POST /api/webhooks/stripe}: signatures on the raw body, each event once, any order of arrival. */
@SystemTest
class StripeWebhookSystemTests {

    @Autowired
    PaymentFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WebhookSecret secret;

    private String succeeded(PlacedOrder order, String intentId) {
        return fixtures.intentEvent("payment_intent.succeeded", intentId, order.id(), minor(order.total()), "eur");
    }

    private int processed(String payload) {
        String id = payload.substring(payload.indexOf("evt_test_"), payload.indexOf("evt_test_") + 41);
        return jdbc.queryForObject("SELECT count(*) FROM processed_webhook_events WHERE event_id = ?", Integer.class, id);
    }

    @Test
    void missingMalformedWrongOrStaleSignaturesAreRefusedAndChangeNothing() {
        PlacedOrder order = fixtures.customerOrder("20.00");
        String intentId = fixtures.intentOf(order);
        String payload = succeeded(order, intentId);
        long now = Instant.now().getEpochSecond();
        List<String> bad = new ArrayList<>();
        bad.add(null);
        bad.add("garbage");
        bad.add("t=" + now + ",v1=");
        bad.add(WebhookSignatures.header(payload, "whsec_wrong_secret", now));
        bad.add(WebhookSignatures.header(payload, secret.value(), now - 301));
        bad.add(WebhookSignatures.header(payload.replace("\"amount\"", "\"amount\" "), secret.value(), now));
        for (String signature : bad) {
            Response response = fixtures.deliver(payload, signature);
            assertThat(response.statusCode()).as("signature %s", signature).isEqualTo(400);
            assertThat(response.jsonPath().getString("error")).isEqualTo("invalid_signature");
        }
        // a body that is signed correctly but altered after signing
        String signature = fixtures.sign(payload);
        assertThat(fixtures.deliver(payload.replace(String.valueOf(minor(order.total())), "1"), signature).statusCode())
                .isEqualTo(400);
        assertThat(processed(payload)).isZero();
        assertThat(fixtures.paymentStatus(intentId)).isEqualTo("pending");
        assertThat(fixtures.orderStatus(order.id())).isEqualTo("pending");
        // the raw bytes are what is signed: insignificant whitespace still verifies
        String spaced = payload.replace(",", ", ");
        fixtures.deliver(spaced).then().statusCode(200);
        assertThat(fixtures.paymentStatus(intentId)).isEqualTo("succeeded");
    }

    @Test
    void aReplayedEventIsAcknowledgedWithoutASecondEffect() {
        PlacedOrder order = fixtures.customerOrder("20.00");
        String intentId = fixtures.intentOf(order);
        String payload = succeeded(order, intentId);
        fixtures.deliver(payload).then().statusCode(200).body("duplicate", equalTo(false));
        eventually(() -> "confirmed".equals(fixtures.orderStatus(order.id())));
        fixtures.deliver(payload).then().statusCode(200).body("duplicate", equalTo(true));
        assertThat(processed(payload)).isEqualTo(1);
        assertThat(confirmations(order.id())).isEqualTo(1);
    }

    private int confirmations(UUID orderId) {
        return jdbc.queryForObject("SELECT count(*) FROM order_status_history WHERE order_id = ? AND status = 'confirmed'",
                Integer.class, orderId);
    }

    @Test
    void tenConcurrentDeliveriesOfOneEventTakeEffectOnce() throws Exception {
        PlacedOrder order = fixtures.customerOrder("20.00");
        String intentId = fixtures.intentOf(order);
        String payload = succeeded(order, intentId);
        String signature = fixtures.sign(payload);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> results = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return fixtures.deliver(payload, signature);
            }));
        }
        start.countDown();
        int fresh = 0;
        for (Future<Response> result : results) {
            Response response = result.get();
            assertThat(response.statusCode()).isEqualTo(200);
            if (!response.jsonPath().getBoolean("duplicate")) {
                fresh++;
            }
        }
        pool.shutdown();
        assertThat(fresh).isEqualTo(1);
        eventually(() -> "confirmed".equals(fixtures.orderStatus(order.id())));
        // every listener of the payment's events is done, so a duplicate effect would show now
        eventually(() -> jdbc.queryForObject("SELECT count(*) FROM event_publication WHERE completion_date IS NULL "
                + "AND (serialized_event LIKE ? OR serialized_event LIKE ?)", Integer.class, "%" + intentId + "%",
                "%" + order.id() + "%") == 0);
        assertThat(confirmations(order.id())).isEqualTo(1);
        // one publication of the success for its one listener (orders), never two
        assertThat(jdbc.queryForList("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ? "
                + "AND event_type LIKE '%PaymentSucceeded' GROUP BY listener_id", Integer.class, "%" + intentId + "%"))
                .hasSize(1).containsOnly(1);
    }

    @Test
    void aSuccessAfterACancellationStillPaysAndALateFailureDoesNotUnpay() {
        PlacedOrder order = fixtures.customerOrder("20.00");
        String intentId = fixtures.intentOf(order);
        fixtures.deliver(fixtures.intentEvent("payment_intent.canceled", intentId, order.id(), minor(order.total()),
                "eur")).then().statusCode(200);
        assertThat(fixtures.paymentStatus(intentId)).isEqualTo("canceled");
        fixtures.deliver(succeeded(order, intentId)).then().statusCode(200);
        fixtures.deliver(fixtures.intentEvent("payment_intent.payment_failed", intentId, order.id(),
                minor(order.total()), "eur")).then().statusCode(200);
        assertThat(fixtures.paymentStatus(intentId)).isEqualTo("succeeded");
        eventually(() -> "paid".equals(fixtures.orderPaymentStatus(order.id())));
        assertThat(fixtures.orderStatus(order.id())).isEqualTo("confirmed");
    }

    @Test
    void aPaymentOfAnotherAmountOrCurrencyIsRefundedAutomaticallyAndLeavesTheOrderPayable() {
        PlacedOrder order = fixtures.customerOrder("20.00");
        String intentId = fixtures.intentOf(order);
        fixtures.deliver(fixtures.intentEvent("payment_intent.succeeded", intentId, order.id(),
                minor(order.total()) - 1, "eur")).then().statusCode(200);
        assertThat(fixtures.paymentStatus(intentId)).isEqualTo("requires_review");

        PlacedOrder other = fixtures.customerOrder("20.00");
        String otherIntent = fixtures.intentOf(other);
        fixtures.deliver(fixtures.intentEvent("payment_intent.succeeded", otherIntent, other.id(),
                minor(other.total()), "usd")).then().statusCode(200);
        assertThat(fixtures.paymentStatus(otherIntent)).isEqualTo("requires_review");
        assertThat(jdbc.queryForObject("SELECT failure_reason FROM payments WHERE provider_id = ?", String.class,
                otherIntent)).contains("USD");

        // what was received goes back, in the currency it came in
        eventually(() -> refunded(order.id()) && refunded(other.id()));
        assertThat(jdbc.queryForMap("SELECT amount, currency, reason FROM refunds WHERE order_id = ?", order.id()))
                .containsEntry("currency", "EUR").containsEntry("reason", "amount_mismatch")
                .satisfies(r -> assertThat((BigDecimal) r.get("amount"))
                        .isEqualByComparingTo(order.total().subtract(new BigDecimal("0.01"))));
        assertThat(jdbc.queryForObject("SELECT currency FROM refunds WHERE order_id = ?", String.class, other.id()))
                .isEqualTo("USD");
        // every listener is done: the orders stay unpaid, and staff were told about each payment
        eventually(() -> jdbc.queryForObject("SELECT count(*) FROM event_publication WHERE completion_date IS NULL "
                + "AND (serialized_event LIKE ? OR serialized_event LIKE ?)", Integer.class, "%" + order.id() + "%",
                "%" + other.id() + "%") == 0);
        assertThat(fixtures.orderStatus(order.id())).isEqualTo("pending");
        assertThat(fixtures.orderPaymentStatus(order.id())).isEqualTo("pending");
        assertThat(fixtures.orderStatus(other.id())).isEqualTo("pending");
        assertThat(jdbc.queryForList("SELECT subject_id FROM staff_alerts WHERE kind = 'payment_mismatch' AND status = "
                + "'open'", String.class)).contains(order.id().toString(), other.id().toString());
        // the customer can still pay the right amount, with a new intent
        String retry = fixtures.intentOf(order);
        assertThat(retry).isNotEqualTo(intentId);
        fixtures.deliver(succeeded(order, retry)).then().statusCode(200);
        eventually(() -> "confirmed".equals(fixtures.orderStatus(order.id())));
        assertThat(fixtures.orderPaymentStatus(order.id())).isEqualTo("paid");
    }

    private boolean refunded(UUID orderId) {
        return jdbc.queryForObject("SELECT count(*) FROM refunds WHERE order_id = ? AND status = 'succeeded'",
                Integer.class, orderId) == 1;
    }

    @Test
    void unknownEventTypesAndUnknownIntentsAreAcknowledged() {
        fixtures.deliver(fixtures.event("customer.created", Map.of("id", "cus_123", "object", "customer")))
                .then().statusCode(200).body("received", equalTo(true));
        fixtures.deliver(fixtures.intentEvent("payment_intent.succeeded", "pi_nobody", UUID.randomUUID(), 100, "eur"))
                .then().statusCode(200);
        fixtures.deliverInvalid("not json", fixtures.sign("not json")).then().statusCode(400)
                .body("error", equalTo("invalid_payload"));
    }

    @Test
    void aPaymentThatSucceedsAfterTheOrderWasCancelledIsRefundedAutomatically() {
        PlacedOrder order = fixtures.customerOrder("20.00");
        String intentId = fixtures.intentOf(order);
        order.caller().post("/api/orders/" + order.id() + "/cancel").then().statusCode(200);
        fixtures.deliver(succeeded(order, intentId)).then().statusCode(200);
        eventually(() -> "refunded".equals(fixtures.orderPaymentStatus(order.id())));
        assertThat(fixtures.orderStatus(order.id())).isEqualTo("cancelled");
        Map<String, Object> refund = jdbc.queryForMap("SELECT * FROM refunds WHERE order_id = ?", order.id());
        assertThat(refund.get("status")).isEqualTo("succeeded");
        assertThat(refund.get("source")).isEqualTo("automatic");
        assertThat((java.math.BigDecimal) refund.get("amount")).isEqualByComparingTo(order.total());
        assertThat(refund.get("provider_refund_id").toString()).startsWith("re_sim_");
    }

    @Test
    void anExpiredOrderPaidLateIsRefundedAutomatically() {
        PlacedOrder order = fixtures.customerOrder("20.00");
        String intentId = fixtures.intentOf(order);
        jdbc.update("UPDATE orders SET expires_at = now() - interval '1 minute' WHERE id = ?", order.id());
        eventually(() -> "cancelled".equals(fixtures.orderStatus(order.id())) || expire(order.id()));
        fixtures.deliver(succeeded(order, intentId)).then().statusCode(200);
        eventually(() -> "refunded".equals(fixtures.orderPaymentStatus(order.id())));
        assertThat(fixtures.orderStatus(order.id())).isEqualTo("cancelled");
    }

    @Autowired
    ApplicationContext context;

    /** Expires the order now rather than at the next scheduled run (an orders internal, so by name). */
    private boolean expire(UUID orderId) {
        try {
            Class<?> unpaidOrders = Class.forName("dev.comptoir.orders.expiry.UnpaidOrders");
            var method = unpaidOrders.getDeclaredMethod("expire", UUID.class);
            method.setAccessible(true);
            return (boolean) method.invoke(context.getBean(unpaidOrders), orderId);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
