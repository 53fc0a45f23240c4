package dev.comptoir.payments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.comptoir.payments.PaymentFixtures.eventually;
import static dev.comptoir.payments.PaymentFixtures.minor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.comptoir.payments.PaymentFixtures.PlacedOrder;
import dev.comptoir.payments.webhook.WebhookSignatures;
import dev.comptoir.support.Contract;
import dev.comptoir.support.ExtraInstance;
import dev.comptoir.support.OutboxRetryPause;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestTokens;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Stripe adapter, in a second instance configured with Stripe keys and pointed at a WireMock
 * server that answers like Stripe's API (its documented JSON), with webhooks signed by its secret.
 */
@SystemTest
class StripeProviderSystemTests {

    static final String SECRET_KEY = "sk_test_51Comptoir0000000000000000";
    static final String WEBHOOK_SECRET = "whsec_test_comptoir_0123456789abcdef";
    static WireMockServer stripe;
    static ConfigurableApplicationContext instance;

    @Autowired
    DataSource dataSource;
    @Autowired
    PaymentFixtures fixtures;
    @Autowired
    TestTokens tokens;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.context.ApplicationContext mainContext;

    @BeforeEach
    void startStripeInstance() {
        if (instance == null) {
            stripe = new WireMockServer(options().dynamicPort());
            stripe.start();
            instance = ExtraInstance.start(dataSource, Map.of("comptoir.stripe.secret-key", SECRET_KEY,
                    "comptoir.stripe.webhook-secret", WEBHOOK_SECRET,
                    "comptoir.stripe.api-base", "http://localhost:" + stripe.port()));
        }
    }

    @AfterAll
    static void stop() {
        if (instance != null) {
            instance.close();
            stripe.stop();
        }
    }

    private static RequestSpecification onStripeInstance() {
        return given().port(ExtraInstance.port(instance));
    }

    private static String intentJson(String id, PlacedOrder order, String status) {
        return """
                {"id": "%1$s", "object": "payment_intent", "amount": %2$d, "amount_capturable": 0,
                 "amount_received": 0, "automatic_payment_methods": {"enabled": true, "allow_redirects": "always"},
                 "capture_method": "automatic", "client_secret": "%1$s_secret_Zr4kT0pS3cr3t", "confirmation_method": "automatic",
                 "created": %3$d, "currency": "eur", "livemode": false, "metadata": {"order_id": "%4$s"},
                 "payment_method_types": ["card", "link"], "status": "%5$s"}
                """.formatted(id, minor(order.total()), Instant.now().getEpochSecond(), order.id(), status);
    }

    private static String refundJson(String id, String intentId, long amount, String refundId) {
        return """
                {"id": "%s", "object": "refund", "amount": %d, "balance_transaction": "txn_1Comptoir", "charge": "ch_3Comptoir",
                 "created": %d, "currency": "eur", "metadata": {"refund_id": "%s"}, "payment_intent": "%s",
                 "reason": null, "status": "succeeded"}
                """.formatted(id, amount, Instant.now().getEpochSecond(), refundId, intentId);
    }

    /** The order's intent created at "Stripe" and paid by its signed webhook: the order is confirmed. */
    private String paidThroughStripe(PlacedOrder order, String prefix) {
        String intentId = prefix + order.id().toString().substring(0, 8);
        stripe.stubFor(post(urlEqualTo("/v1/payment_intents"))
                .withFormParam("metadata[order_id]", equalTo(order.id().toString()))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(intentJson(intentId, order, "requires_payment_method"))));
        onStripeInstance().auth().oauth2(order.token()).post("/api/orders/" + order.id() + "/payment-intent").then()
                .statusCode(200);
        deliver(fixtures.intentEvent("payment_intent.succeeded", intentId, order.id(), minor(order.total()), "eur"),
                WEBHOOK_SECRET).then().statusCode(200);
        eventually(() -> "confirmed".equals(fixtures.orderStatus(order.id())));
        return intentId;
    }

    private String refundStatus(String refundId) {
        return jdbc.queryForObject("SELECT status FROM refunds WHERE id = ?::uuid", String.class, refundId);
    }

    private Response deliver(String payload, String secret) {
        return onStripeInstance().contentType("application/json")
                .header("Stripe-Signature", WebhookSignatures.header(payload, secret, Instant.now().getEpochSecond()))
                .body(payload).post("/api/webhooks/stripe").then().extract().response();
    }

    @Test
    void intentsRefundsAndWebhooksGoThroughStripesApi() {
        PlacedOrder order = fixtures.customerOrder("24.99"); // 29.99 with VAT, + 4.90 shipping
        String intentId = "pi_3QComptoir" + order.id().toString().substring(0, 8);
        stripe.stubFor(post(urlEqualTo("/v1/payment_intents"))
                .withFormParam("metadata[order_id]", equalTo(order.id().toString()))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withHeader("Request-Id", "req_test1").withBody(intentJson(intentId, order, "requires_payment_method"))));
        stripe.stubFor(get(urlEqualTo("/v1/payment_intents/" + intentId))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(intentJson(intentId, order, "requires_payment_method"))));

        onStripeInstance().auth().oauth2(order.token()).post("/api/orders/" + order.id() + "/payment-intent").then()
                .statusCode(200)
                .body("paymentIntentId", org.hamcrest.Matchers.equalTo(intentId))
                .body("clientSecret", org.hamcrest.Matchers.equalTo(intentId + "_secret_Zr4kT0pS3cr3t"))
                .body("amount", org.hamcrest.Matchers.equalTo(34.89f))
                .body("status", org.hamcrest.Matchers.equalTo("requires_payment_method"));
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/payment_intents"))
                .withHeader("Authorization", equalTo("Bearer " + SECRET_KEY))
                .withHeader("Idempotency-Key", equalTo("order-" + order.id() + "-attempt-1"))
                .withFormParam("amount", equalTo("3489"))
                .withFormParam("currency", equalTo("eur"))
                .withFormParam("metadata[order_id]", equalTo(order.id().toString()))
                .withFormParam("automatic_payment_methods[enabled]", equalTo("true")));

        // the same intent again, its status read from Stripe
        onStripeInstance().auth().oauth2(order.token()).post("/api/orders/" + order.id() + "/payment-intent").then()
                .statusCode(200).body("paymentIntentId", org.hamcrest.Matchers.equalTo(intentId));
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/payment_intents"))
                .withFormParam("metadata[order_id]", equalTo(order.id().toString())));
        stripe.verify(getRequestedFor(urlEqualTo("/v1/payment_intents/" + intentId)));

        String succeeded = fixtures.intentEvent("payment_intent.succeeded", intentId, order.id(), minor(order.total()),
                "eur");
        assertThat(deliver(succeeded, fixtures.secret.value()).statusCode()).as("the simulated secret").isEqualTo(400);
        assertThat(deliver(succeeded, WEBHOOK_SECRET).statusCode()).isEqualTo(200);
        eventually(() -> "confirmed".equals(fixtures.orderStatus(order.id())));

        // a refund the provider declines is recorded as failed, not refunded, and can be retried
        stripe.stubFor(post(urlEqualTo("/v1/refunds")).inScenario("refund").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("declined once")
                .willReturn(aResponse().withStatus(402).withHeader("Content-Type", "application/json").withBody("""
                        {"error": {"code": "charge_disputed", "message": "The charge has been disputed.",
                         "type": "invalid_request_error"}}""")));
        String admin = tokens.staff("orders:manage");
        String refundId = onStripeInstance().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("amount", 10, "reason", "damaged")).post("/api/admin/orders/" + order.id() + "/refunds")
                .then().statusCode(201).body("status", org.hamcrest.Matchers.equalTo("pending"))
                .extract().path("id");
        eventually(() -> "failed".equals(refundStatus(refundId)));
        assertThat(jdbc.queryForObject("SELECT failure_reason FROM refunds WHERE id = ?::uuid", String.class, refundId))
                .contains("charge_disputed");
        assertThat(fixtures.orderPaymentStatus(order.id())).isEqualTo("paid");
        // a definite refusal is for staff to decide: an open refund_failed alert about the order
        assertThat(jdbc.queryForObject("SELECT count(*) FROM staff_alerts WHERE kind = 'refund_failed' AND ref = ? "
                + "AND status = 'open' AND subject_id = ?", Integer.class, refundId, order.id().toString())).isEqualTo(1);
        onStripeInstance().auth().oauth2(admin).get("/api/admin/orders/" + order.id() + "/payments").then()
                .statusCode(200).body("refunded", org.hamcrest.Matchers.equalTo(0.0f))
                .body("refunds[0].status", org.hamcrest.Matchers.equalTo("failed"));

        stripe.stubFor(post(urlEqualTo("/v1/refunds")).inScenario("refund").whenScenarioStateIs("declined once")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(refundJson("re_3QComptoir1", intentId, 1000, refundId))));
        onStripeInstance().auth().oauth2(admin).post("/api/admin/orders/" + order.id() + "/refunds/" + refundId + "/retry")
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("pending"))
                .body("attempts", org.hamcrest.Matchers.equalTo(2));
        eventually(() -> "succeeded".equals(refundStatus(refundId)));
        assertThat(jdbc.queryForObject("SELECT provider_refund_id FROM refunds WHERE id = ?::uuid", String.class,
                refundId)).isEqualTo("re_3QComptoir1");
        // the refund that succeeded after all closes its alert
        assertThat(jdbc.queryForObject("SELECT status FROM staff_alerts WHERE kind = 'refund_failed' AND ref = ?",
                String.class, refundId)).isEqualTo("resolved");
        for (int attempt = 1; attempt <= 2; attempt++) {
            stripe.verify(1, postRequestedFor(urlEqualTo("/v1/refunds"))
                    .withHeader("Idempotency-Key", equalTo("refund-" + refundId + "-attempt-" + attempt))
                    .withFormParam("payment_intent", equalTo(intentId))
                    .withFormParam("amount", equalTo("1000"))
                    .withFormParam("metadata[refund_id]", equalTo(refundId)));
        }
        onStripeInstance().auth().oauth2(admin).post("/api/admin/orders/" + order.id() + "/refunds/" + refundId + "/retry")
                .then().statusCode(409).body("error", org.hamcrest.Matchers.equalTo("refund_already_succeeded"));
        eventually(() -> "partially_refunded".equals(fixtures.orderPaymentStatus(order.id())));

        // Stripe's own refund.updated for our refund (matched by metadata) changes nothing more
        assertThat(deliver(fixtures.event("refund.updated", Map.of("id", "re_3QComptoir1", "object", "refund",
                "amount", 1000, "currency", "eur", "payment_intent", intentId, "status", "succeeded",
                "metadata", Map.of("refund_id", refundId))), WEBHOOK_SECRET).statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM refunds WHERE order_id = ?", Integer.class, order.id()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT amount_refunded FROM payments WHERE provider_id = ?",
                java.math.BigDecimal.class, intentId)).isEqualByComparingTo("10.00");
    }

    @Test
    void aRefundStripeLeavesPendingCannotBeRetriedAndIsSettledByItsWebhook() {
        PlacedOrder order = fixtures.customerOrder("40.00");
        String intentId = paidThroughStripe(order, "pi_3QPending");

        stripe.stubFor(post(urlEqualTo("/v1/refunds")).withFormParam("payment_intent", equalTo(intentId))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(refundJson("re_3QPending1", intentId, minor(order.total()), "x")
                                .replace("\"succeeded\"", "\"pending\""))));
        String admin = tokens.staff("orders:manage");
        String refundId = onStripeInstance().auth().oauth2(admin).contentType("application/json").body(Map.of())
                .post("/api/admin/orders/" + order.id() + "/refunds").then().statusCode(201)
                .body("status", org.hamcrest.Matchers.equalTo("pending")).extract().path("id");
        // Stripe answered pending: the refund stays pending, linked to Stripe's refund, until its webhook
        eventually(() -> "re_3QPending1".equals(jdbc.queryForObject(
                "SELECT provider_refund_id FROM refunds WHERE id = ?::uuid", String.class, refundId)));
        assertThat(refundStatus(refundId)).isEqualTo("pending");
        onStripeInstance().auth().oauth2(admin).post("/api/admin/orders/" + order.id() + "/refunds/" + refundId + "/retry")
                .then().statusCode(409).body("error", org.hamcrest.Matchers.equalTo("refund_in_progress"));
        onStripeInstance().auth().oauth2(admin).contentType("application/json").body(Map.of("amount", 1))
                .post("/api/admin/orders/" + order.id() + "/refunds").then().statusCode(409)
                .body("error", org.hamcrest.Matchers.equalTo("already_refunded"));
        assertThat(fixtures.orderPaymentStatus(order.id())).isEqualTo("paid");

        deliver(fixtures.event("refund.updated", Map.of("id", "re_3QPending1", "object", "refund",
                "amount", minor(order.total()), "currency", "eur", "payment_intent", intentId, "status", "succeeded",
                "metadata", Map.of("refund_id", refundId))), WEBHOOK_SECRET).then().statusCode(200);
        eventually(() -> "refunded".equals(fixtures.orderStatus(order.id())));
        assertThat(fixtures.orderPaymentStatus(order.id())).isEqualTo("refunded");
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/refunds")).withFormParam("payment_intent", equalTo(intentId)));
    }

    @Test
    void aRefundStripeCannotAnswerIsRetriedWithTheSameIdempotencyKeyAndRefundsOnce() {
        PlacedOrder order = fixtures.customerOrder("30.00");
        String intentId = paidThroughStripe(order, "pi_3QRetry");

        // Stripe answers 500 three times (the SDK's own two retries, then the outbox's), then refunds
        String scenario = "flaky-" + order.id();
        stripe.stubFor(post(urlEqualTo("/v1/refunds")).withFormParam("payment_intent", equalTo(intentId))
                .inScenario(scenario).whenScenarioStateIs(Scenario.STARTED).willSetStateTo("1")
                .willReturn(serverError()));
        stripe.stubFor(post(urlEqualTo("/v1/refunds")).withFormParam("payment_intent", equalTo(intentId))
                .inScenario(scenario).whenScenarioStateIs("1").willSetStateTo("2").willReturn(serverError()));
        stripe.stubFor(post(urlEqualTo("/v1/refunds")).withFormParam("payment_intent", equalTo(intentId))
                .inScenario(scenario).whenScenarioStateIs("2").willSetStateTo("3").willReturn(serverError()));
        stripe.stubFor(post(urlEqualTo("/v1/refunds")).withFormParam("payment_intent", equalTo(intentId))
                .inScenario(scenario).whenScenarioStateIs("3")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(refundJson("re_3QRetry1", intentId, minor(order.total()), "ours"))));
        String admin = tokens.staff("orders:manage");
        String refundId;
        try (OutboxRetryPause paused = OutboxRetryPause.of(mainContext)) {
            refundId = onStripeInstance().auth().oauth2(admin).contentType("application/json").body(Map.of())
                    .post("/api/admin/orders/" + order.id() + "/refunds").then().statusCode(201)
                    .body("status", org.hamcrest.Matchers.equalTo("pending")).extract().path("id");
            eventually(() -> "succeeded".equals(refundStatus(refundId)));
        }
        assertThat(jdbc.queryForObject("SELECT provider_refund_id FROM refunds WHERE id = ?::uuid", String.class,
                refundId)).isEqualTo("re_3QRetry1");
        eventually(() -> "refunded".equals(fixtures.orderStatus(order.id())));
        // every call carried the same key, so Stripe could never have refunded twice
        stripe.verify(4, postRequestedFor(urlEqualTo("/v1/refunds")).withFormParam("payment_intent", equalTo(intentId)));
        stripe.verify(4, postRequestedFor(urlEqualTo("/v1/refunds")).withFormParam("payment_intent", equalTo(intentId))
                .withHeader("Idempotency-Key", equalTo("refund-" + refundId + "-attempt-1")));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM refunds WHERE order_id = ?", Integer.class, order.id()))
                .isEqualTo(1);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder serverError() {
        return aResponse().withStatus(500).withHeader("Content-Type", "application/json").withBody("""
                {"error": {"type": "api_error", "message": "An unknown error occurred"}}""");
    }

    @Test
    void theDevRouteDoesNotExistWithStripe() {
        onStripeInstance().filter(Contract.INVALID_REQUEST).post("/api/dev/payments/pi_anything/succeed").then().statusCode(404);
        given().post("/api/dev/payments/pi_anything/succeed").then().statusCode(404)
                .body("error", org.hamcrest.Matchers.equalTo("payment_not_found"));
    }
}
