package dev.comptoir.payments;

import static dev.comptoir.payments.PaymentFixtures.eventually;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import dev.comptoir.payments.PaymentFixtures.PlacedOrder;
import dev.comptoir.support.Outbox;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestMailServer;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The simulated provider end to end: intent, the dev route's signed webhook, the paid order, the email. */
@SystemTest
class PaymentFlowSystemTests {

    @Autowired
    PaymentFixtures fixtures;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCustomerPaysThroughTheSimulatedProviderAndTheOrderIsConfirmedWithOneEmail() throws Exception {
        PlacedOrder order = fixtures.customerOrder("24.99");
        Response intent = order.caller().post("/api/orders/" + order.id() + "/payment-intent").then()
                .statusCode(200)
                .body("paymentIntentId", matchesPattern("pi_sim_[0-9a-f]{24}"))
                .body("clientSecret", matchesPattern("pi_sim_[0-9a-f]{24}_secret_[0-9a-f]{24}"))
                .body("amount", equalTo(order.total().floatValue()))
                .body("currency", equalTo("EUR"))
                .body("status", equalTo("requires_payment_method"))
                .extract().response();
        String intentId = intent.path("paymentIntentId");

        given().post("/api/dev/payments/" + intentId + "/succeed").then().statusCode(200)
                .body("webhookStatus", equalTo(200)).body("type", equalTo("payment_intent.succeeded"));

        assertThat(fixtures.paymentStatus(intentId)).isEqualTo("succeeded");
        eventually(() -> "confirmed".equals(fixtures.orderStatus(order.id())));
        order.caller().get("/api/orders/" + order.id()).then().statusCode(200)
                .body("status", equalTo("confirmed")).body("paymentStatus", equalTo("paid"));
        Outbox.awaitDone(jdbc, Outbox.ORDER_EMAILS, order.id().toString());
        assertThat(TestMailServer.messagesTo(order.email()).stream().filter(PaymentFlowSystemTests::isPaymentMail))
                .hasSize(1);
        assertThat(jdbc.queryForObject("SELECT payment_intent_id FROM orders WHERE id = ?", String.class, order.id()))
                .isEqualTo(intentId);
        // paid: no second intent
        order.caller().post("/api/orders/" + order.id() + "/payment-intent").then().statusCode(409)
                .body("error", equalTo("order_not_payable")).body("status", equalTo(409))
                .body("orderStatus", equalTo("confirmed")).body("paymentStatus", equalTo("paid"));
    }

    private static boolean isPaymentMail(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject().endsWith(" is confirmed");
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    @Test
    void aRepeatedRequestReturnsTheSameIntentAndAnIdempotencyKeyReplaysTheAnswer() {
        PlacedOrder order = fixtures.guestOrder("12.00");
        Response first = order.caller().header("Idempotency-Key", "pi-" + UUID.randomUUID())
                .post("/api/orders/" + order.id() + "/payment-intent").then().statusCode(200).extract().response();
        Response second = order.caller().post("/api/orders/" + order.id() + "/payment-intent").then().statusCode(200)
                .extract().response();
        assertThat(second.path("paymentIntentId").toString()).isEqualTo(first.path("paymentIntentId"));
        assertThat(second.path("clientSecret").toString()).isEqualTo(first.path("clientSecret"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM payments WHERE order_id = ?", Integer.class, order.id()))
                .isEqualTo(1);

        String key = "pi-" + UUID.randomUUID();
        order.caller().header("Idempotency-Key", key).post("/api/orders/" + order.id() + "/payment-intent")
                .then().statusCode(200);
        order.caller().header("Idempotency-Key", key).post("/api/orders/" + order.id() + "/payment-intent")
                .then().statusCode(200).header("Idempotent-Replayed", "true")
                .body("paymentIntentId", equalTo(first.path("paymentIntentId")));
        // someone else replaying the key gets no client secret
        given().header("X-Guest-Token", "not-the-token").header("Idempotency-Key", key)
                .post("/api/orders/" + order.id() + "/payment-intent").then().statusCode(404);
    }

    @Test
    void onlyTheOwnerOrTheGuestTokenHolderGetsAnIntent() {
        PlacedOrder mine = fixtures.customerOrder("10.00");
        TestAccounts.Account other = accounts.register();
        given().auth().oauth2(other.accessToken()).post("/api/orders/" + mine.id() + "/payment-intent").then()
                .statusCode(404).body("error", equalTo("order_not_found"));
        given().post("/api/orders/" + mine.id() + "/payment-intent").then().statusCode(404);
        PlacedOrder guest = fixtures.guestOrder("10.00");
        given().header("X-Guest-Token", "not-the-token").post("/api/orders/" + guest.id() + "/payment-intent")
                .then().statusCode(404).body("error", equalTo("order_not_found"));
        guest.caller().post("/api/orders/" + guest.id() + "/payment-intent").then().statusCode(200);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM payments WHERE order_id = ?", Integer.class, mine.id()))
                .isZero();
    }

    @Test
    void aCancelledOrAnExpiredOrderCannotBePaid() {
        PlacedOrder cancelled = fixtures.customerOrder("10.00");
        cancelled.caller().post("/api/orders/" + cancelled.id() + "/cancel").then().statusCode(200);
        cancelled.caller().post("/api/orders/" + cancelled.id() + "/payment-intent").then().statusCode(409)
                .body("error", equalTo("order_not_payable"));

        PlacedOrder expired = fixtures.customerOrder("10.00");
        jdbc.update("UPDATE orders SET expires_at = now() - interval '1 minute' WHERE id = ?", expired.id());
        expired.caller().post("/api/orders/" + expired.id() + "/payment-intent").then().statusCode(409)
                .body("error", equalTo("order_not_payable")).body("message", org.hamcrest.Matchers.containsString("expired"));
    }

    @Test
    void cancellingAnUnpaidOrderCancelsItsIntentSoThatItCanNoLongerBePaid() {
        PlacedOrder order = fixtures.customerOrder("10.00");
        String intentId = fixtures.intentOf(order);
        order.caller().post("/api/orders/" + order.id() + "/cancel").then().statusCode(200);
        // cancelled at the provider after commit (an outside effect), then recorded
        eventually(() -> "canceled".equals(fixtures.paymentStatus(intentId)));
        given().post("/api/dev/payments/" + intentId + "/succeed").then().statusCode(409)
                .body("error", equalTo("payment_intent_canceled"));
        assertThat(fixtures.orderPaymentStatus(order.id())).isEqualTo("pending");
    }

    @Test
    void aDeclinedPaymentLeavesTheOrderPayableWithTheSameIntent() {
        PlacedOrder order = fixtures.customerOrder("30.00");
        String intentId = fixtures.intentOf(order);
        given().post("/api/dev/payments/" + intentId + "/fail").then().statusCode(200).body("webhookStatus", equalTo(200));
        assertThat(fixtures.paymentStatus(intentId)).isEqualTo("failed");
        eventually(() -> "failed".equals(fixtures.orderPaymentStatus(order.id())));
        assertThat(fixtures.orderStatus(order.id())).isEqualTo("pending");
        order.caller().post("/api/orders/" + order.id() + "/payment-intent").then().statusCode(200)
                .body("paymentIntentId", equalTo(intentId));

        given().post("/api/dev/payments/" + intentId + "/succeed").then().statusCode(200);
        eventually(() -> "paid".equals(fixtures.orderPaymentStatus(order.id())));
        assertThat(fixtures.orderStatus(order.id())).isEqualTo("confirmed");
    }

    @Test
    void theDevRouteKnowsOnlySimulatedPayments() {
        given().post("/api/dev/payments/pi_unknown/succeed").then().statusCode(404)
                .body("error", equalTo("payment_not_found"));
    }
}
