package dev.comptoir.integrations.webhooks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import dev.comptoir.integrations.webhooks.WebhookReceiver.Received;
import dev.comptoir.support.GuestOrders;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestCatalog;
import dev.comptoir.support.TestPayments;
import dev.comptoir.support.TestTokens;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Merchant webhooks over real HTTP (ADR 0013): a receiver on the loopback verifies every delivery
 * with the official Standard Webhooks library; failing, hanging and crashed deliveries are retried on
 * the test profile's schedule (100ms, 200ms, 400ms: four attempts), then the endpoint is switched off.
 */
@SystemTest
class WebhookDeliverySystemTests {

    @Autowired
    TestTokens tokens;
    @Autowired
    TestCatalog catalog;
    @Autowired
    TestPayments payments;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WebhookEndpoints endpoints;
    @Autowired
    WebhookDeliveryPurge purge;
    @org.springframework.beans.factory.annotation.Value("${comptoir.webhooks.timeout}")
    Duration timeout;
    @Autowired
    dev.comptoir.shared.alerts.StaffAlerts alerts;

    private WebhookReceiver receiver;
    private final List<String> created = new ArrayList<>();

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void removeEndpoints() {
        created.forEach(id -> admin().delete("/api/admin/webhooks/{id}", id));
        receiver.close();
    }

    @Test
    void aReceiverVerifiesTheSignatureOfEveryDeliveryOfAPlacedAndPaidOrder() {
        String url = receiver.path("orders");
        Endpoint endpoint = create(url, "order.created", "order.paid");
        TestCatalog.Sku sku = catalog.product("12.00", 5);
        GuestOrders.Placed order = GuestOrders.place(RestAssured.port, sku, GuestOrders.uniqueEmail("hook"));
        payments.pay(order.id(), given().header("X-Guest-Token", order.guestToken()));

        await().atMost(Duration.ofSeconds(20)).until(() -> about(url, order.id()).size() >= 2);
        List<Received> requests = about(url, order.id());
        assertThat(requests).extracting(r -> JsonPath.from(r.body()).getString("type"))
                .containsExactlyInAnyOrder("order.created", "order.paid");
        for (Received request : requests) {
            verify(endpoint.secret(), request);
            JsonPath body = JsonPath.from(request.body());
            assertThat(body.getString("id")).isEqualTo(request.header("webhook-id")).startsWith("msg_");
            assertThat(body.getString("data.orderId")).isEqualTo(order.id());
            assertThat(request.header("Content-Type")).isEqualTo("application/json");
        }
        // the log: each delivered at the first attempt, with the receiver's answer
        await().until(() -> deliveries(endpoint.id(), "succeeded").size() == 2);
        Map<String, Object> paid = deliveries(endpoint.id(), null).stream()
                .filter(d -> d.get("event").equals("order.paid")).findFirst().orElseThrow();
        assertThat(paid).containsEntry("attempts", 1).containsEntry("responseCode", 200)
                .containsEntry("responseBody", "ok");
        admin().get("/api/admin/webhooks/{id}/deliveries/{d}", endpoint.id(), paid.get("id")).then().statusCode(200)
                .body("attemptLog.size()", org.hamcrest.Matchers.equalTo(1))
                .body("attemptLog[0].responseCode", org.hamcrest.Matchers.equalTo(200));
        admin().queryParam("event", "order.created").get("/api/admin/webhooks/{id}/deliveries", endpoint.id())
                .then().statusCode(200).body("data.event", org.hamcrest.Matchers.contains("order.created"));
    }

    @Test
    void aReceiverAnswering500GetsTheRetryOnScheduleWithTheSameIdAndTheLogShowsBothAttempts() {
        String url = receiver.path("flaky");
        Endpoint endpoint = create(url, "product.created");
        receiver.answer(url, 500);
        TestCatalog.Sku sku = catalog.product("3.00", 1);

        await().atMost(Duration.ofSeconds(20)).until(() -> about(url, sku.productId().toString()).size() == 2);
        List<Received> requests = about(url, sku.productId().toString());
        requests.forEach(r -> verify(endpoint.secret(), r));
        assertThat(requests.get(1).header("webhook-id")).isEqualTo(requests.get(0).header("webhook-id"));
        assertThat(requests.get(1).body()).isEqualTo(requests.get(0).body());
        // the second came no sooner than the schedule's first delay
        assertThat(Duration.ofNanos(requests.get(1).receivedNanos() - requests.get(0).receivedNanos()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(100));

        Map<String, Object> delivery = awaitDelivery(endpoint.id(), "succeeded");
        assertThat(delivery).containsEntry("attempts", 2).containsEntry("responseCode", 200);
        JsonPath log = admin().get("/api/admin/webhooks/{id}/deliveries/{d}", endpoint.id(), delivery.get("id"))
                .then().statusCode(200).extract().jsonPath();
        assertThat(log.getList("attemptLog.responseCode")).containsExactly(500, 200);
        assertThat(log.getString("attemptLog[0].responseBody")).hasSize(2048).isEqualTo("x".repeat(2048));
        assertThat(log.getList("attemptLog.durationMs", Integer.class)).allMatch(ms -> ms >= 0);
        assertThat(log.getString("messageId")).isEqualTo(requests.get(0).header("webhook-id"));
    }

    @Test
    void aReceiverThatAlwaysFailsHasItsEndpointSwitchedOffAndStaffAlertedThenAReplayDeliversIt() {
        String url = receiver.path("down");
        Endpoint endpoint = create(url, "product.created");
        receiver.alwaysAnswer(url, 503);
        TestCatalog.Sku sku = catalog.product("3.00", 1);

        Map<String, Object> failed = awaitDelivery(endpoint.id(), "failed");
        assertThat(failed).containsEntry("attempts", 4).containsEntry("responseCode", 503);
        List<Received> requests = about(url, sku.productId().toString());
        assertThat(requests).hasSize(4).extracting(r -> r.header("webhook-id")).containsOnly((String) failed.get("messageId"));
        requests.forEach(r -> verify(endpoint.secret(), r));
        List<Long> delays = List.of(100L, 200L, 400L);
        for (int i = 1; i < 4; i++) {
            assertThat(Duration.ofNanos(requests.get(i).receivedNanos() - requests.get(i - 1).receivedNanos()))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(delays.get(i - 1)));
        }
        admin().get("/api/admin/webhooks/{id}", endpoint.id()).then().statusCode(200)
                .body("active", org.hamcrest.Matchers.equalTo(false))
                .body("disabledReason", org.hamcrest.Matchers.equalTo("failing"));
        Map<String, Object> alert = alertFor(endpoint.id());
        assertThat(alert).isNotNull().containsEntry("status", "open").containsEntry("attempts", 4);
        assertThat((String) alert.get("lastError")).isEqualTo("HTTP 503");

        // the receiver is fixed, the endpoint switched back on, the delivery replayed: same id, delivered
        receiver.alwaysAnswer(url, 200);
        admin().contentType("application/json").body(Map.of("url", url, "events", List.of("product.created"),
                "active", true)).put("/api/admin/webhooks/{id}", endpoint.id()).then().statusCode(200)
                .body("active", org.hamcrest.Matchers.equalTo(true))
                .body("disabledReason", org.hamcrest.Matchers.nullValue());
        admin().post("/api/admin/webhooks/{id}/deliveries/{d}/replay", endpoint.id(), failed.get("id")).then()
                .statusCode(202);
        Map<String, Object> replayed = awaitDelivery(endpoint.id(), "succeeded");
        assertThat(replayed).containsEntry("attempts", 5).containsEntry("id", failed.get("id"));
        List<Received> all = about(url, sku.productId().toString());
        assertThat(all).hasSize(5);
        assertThat(all.get(4).header("webhook-id")).isEqualTo(failed.get("messageId"));
        verify(endpoint.secret(), all.get(4));
    }

    @Test
    void aHangingEndpointDoesNotDelayAnother() {
        String slow = receiver.path("hanging");
        String fast = receiver.path("fast");
        Endpoint hanging = create(slow, "product.created");
        Endpoint other = create(fast, "product.updated");
        receiver.hang(slow);
        TestCatalog.Sku sku = catalog.product("3.00", 1);
        // the hanging endpoint holds its request; only then does the other one get a delivery due
        await().atMost(Duration.ofSeconds(20)).until(() -> about(slow, sku.productId().toString()).size() == 1);
        UUID due = pendingDelivery(other.id(), "{\"data\":\"while the other hangs\"}");

        Map<String, Object> delivered = awaitDelivery(other.id(), "succeeded");
        assertThat(delivered).containsEntry("id", due.toString()).containsEntry("attempts", 1);
        // the hanging one is answered only now: its first request spanned the other's whole delivery
        // (had the other waited for it, that request would have timed out and been tried again)
        receiver.release(slow);
        Map<String, Object> late = awaitDelivery(hanging.id(), "succeeded");
        assertThat(late).containsEntry("attempts", 1);
        assertThat(about(slow, sku.productId().toString())).hasSize(1);
        assertThat(Instant.parse((String) late.get("deliveredAt")))
                .isAfter(Instant.parse((String) delivered.get("deliveredAt")));
    }

    @Test
    void aReceiverThatDoesNotAnswerInTimeCountsAsAFailedAttempt() {
        String slow = receiver.path("timeout");
        receiver.hang(slow);
        Endpoint hanging = create(slow, "product.created");
        catalog.product("3.00", 1);

        await().atMost(Duration.ofSeconds(30)).until(() -> attempts(hanging.id()).size() >= 1);
        Map<String, Object> timedOut = attempts(hanging.id()).get(0);
        assertThat(timedOut.get("response_code")).isNull();
        assertThat(timedOut.get("error")).isEqualTo("timed out");
        assertThat(((Number) timedOut.get("duration_ms")).longValue()).isGreaterThanOrEqualTo(timeout.toMillis());
        admin().get("/api/admin/webhooks/{id}/deliveries", hanging.id()).then().statusCode(200)
                .body("data[0].error", org.hamcrest.Matchers.equalTo("timed out"))
                .body("data[0].responseCode", org.hamcrest.Matchers.nullValue())
                .body("data[0].attempts", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    }

    @Test
    void duringASecretRotationADeliveryCarriesBothSignaturesEachVerifiable() throws Exception {
        String url = receiver.path("rotated");
        Endpoint endpoint = create(url, "product.created");
        String rotated = admin().contentType("application/json").body(Map.of("overlap", "PT1H"))
                .post("/api/admin/webhooks/{id}/rotate-secret", endpoint.id()).then().statusCode(200)
                .body("previousSecretExpiresAt", org.hamcrest.Matchers.notNullValue()).extract().path("secret");
        assertThat(rotated).startsWith("whsec_").isNotEqualTo(endpoint.secret());
        TestCatalog.Sku sku = catalog.product("3.00", 1);

        await().atMost(Duration.ofSeconds(20)).until(() -> about(url, sku.productId().toString()).size() == 1);
        Received request = about(url, sku.productId().toString()).get(0);
        String[] signatures = request.header("webhook-signature").split(" ");
        assertThat(signatures).hasSize(2).allMatch(s -> s.startsWith("v1,"));
        new Webhook(rotated).verify(request.body(), withSignature(request, signatures[0]));
        new Webhook(endpoint.secret()).verify(request.body(), withSignature(request, signatures[1]));
        assertThatThrownBy(() -> new Webhook(endpoint.secret()).verify(request.body(),
                withSignature(request, signatures[0]))).isInstanceOf(WebhookVerificationException.class);

        // a rotation without overlap: the secret before it no longer signs
        String third = admin().contentType("application/json").body(Map.of("overlap", "PT0S"))
                .post("/api/admin/webhooks/{id}/rotate-secret", endpoint.id()).then().statusCode(200)
                .extract().path("secret");
        TestCatalog.Sku next = catalog.product("3.00", 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> about(url, next.productId().toString()).size() == 1);
        Received after = about(url, next.productId().toString()).get(0);
        assertThat(after.header("webhook-signature").split(" ")).hasSize(1);
        verify(third, after);
        assertThatThrownBy(() -> new Webhook(rotated).verify(after.body(), after.headers()))
                .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void aDeliveryClaimedByAnInstanceThatDiedIsSentAgain() {
        String url = receiver.path("crash");
        Endpoint endpoint = create(url, "product.created");
        // what a crash leaves: claimed (delivering) long ago, never finished, no attempt recorded
        String messageId = "msg_crash" + UUID.randomUUID().toString().replace("-", "");
        String payload = "{\"id\":\"" + messageId + "\",\"type\":\"product.created\",\"data\":{\"productId\":\"crash\"}}";
        UUID delivery = UUID.randomUUID();
        jdbc.update("INSERT INTO webhook_messages (id, type, payload, created_at) VALUES (?, 'product.created', ?, now())",
                messageId, payload);
        jdbc.update("INSERT INTO webhook_deliveries (id, endpoint_id, message_id, status, next_attempt_at, claimed_at, "
                + "created_at) VALUES (?, ?::uuid, ?, 'delivering', now() - interval '10 minutes', "
                + "now() - interval '10 minutes', now() - interval '10 minutes')", delivery, endpoint.id(), messageId);

        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.to(url).size() == 1);
        Received request = receiver.to(url).get(0);
        assertThat(request.body()).isEqualTo(payload);
        assertThat(request.header("webhook-id")).isEqualTo(messageId);
        verify(endpoint.secret(), request);
        assertThat(awaitDelivery(endpoint.id(), "succeeded")).containsEntry("id", delivery.toString())
                .containsEntry("attempts", 1);
    }

    @Test
    void theAddressIsCheckedAgainBeforeEveryAttempt() {
        // an endpoint saved while its name resolved to a public address now resolves to the loopback (DNS
        // rebinding): a dispatcher with private addresses refused sends nothing and records why
        String url = receiver.path("rebound");
        Endpoint endpoint = create(url, "product.created");
        String messageId = "msg_rebound" + UUID.randomUUID().toString().replace("-", "");
        UUID delivery = UUID.randomUUID();
        jdbc.update("INSERT INTO webhook_messages (id, type, payload, created_at) VALUES (?, 'product.created', '{}', "
                + "now())", messageId);
        // claimed just now (by the dispatcher below): the application's own dispatcher leaves it alone
        jdbc.update("INSERT INTO webhook_deliveries (id, endpoint_id, message_id, status, claimed_at, created_at) "
                + "VALUES (?, ?::uuid, ?, 'delivering', now(), now())", delivery, endpoint.id(), messageId);
        WebhookProperties strict = new WebhookProperties(false, Duration.ofSeconds(2), List.of(), Duration.ofSeconds(1),
                4, null, Duration.ofDays(30));
        WebhookDispatcher dispatcher = new WebhookDispatcher(jdbc, endpoints, new UrlGuard(strict), alerts, strict,
                java.time.Clock.systemUTC());
        try {
            dispatcher.send(new WebhookDispatcher.Claim(delivery, UUID.fromString(endpoint.id()), messageId, 0, "{}"));
        } finally {
            dispatcher.stop();
        }
        List<Map<String, Object>> attempts = attempts(endpoint.id());
        assertThat(attempts).hasSize(1);
        assertThat((String) attempts.get(0).get("error")).contains("private, loopback or link-local");
        assertThat(receiver.to(url)).isEmpty();
        assertThat(awaitDelivery(endpoint.id(), "failed")).containsEntry("attempts", 1);
    }

    @Test
    void finishedDeliveriesOlderThanTheRetentionArePurgedWithTheirMessages() {
        Endpoint endpoint = create(receiver.path("purged"), "product.created");
        String old = "msg_old" + UUID.randomUUID().toString().replace("-", "");
        String recent = "msg_new" + UUID.randomUUID().toString().replace("-", "");
        for (String id : List.of(old, recent)) {
            jdbc.update("INSERT INTO webhook_messages (id, type, payload, created_at) VALUES (?, 'product.created', "
                    + "'{}', now())", id);
        }
        jdbc.update("INSERT INTO webhook_deliveries (id, endpoint_id, message_id, status, attempts, created_at) VALUES "
                + "(?, ?::uuid, ?, 'succeeded', 1, now() - interval '31 days'), "
                + "(?, ?::uuid, ?, 'succeeded', 1, now() - interval '29 days')",
                UUID.randomUUID(), endpoint.id(), old, UUID.randomUUID(), endpoint.id(), recent);
        purge.purge();
        assertThat(jdbc.queryForList("SELECT message_id FROM webhook_deliveries WHERE endpoint_id = ?::uuid",
                String.class, endpoint.id())).containsExactly(recent);
        assertThat(jdbc.queryForList("SELECT id FROM webhook_messages WHERE id IN (?, ?)", String.class, old, recent))
                .containsExactly(recent);
    }

    // --- helpers

    /** A delivery due now to the endpoint, as the fan-out writes it. */
    private UUID pendingDelivery(String endpointId, String payload) {
        String messageId = "msg_direct" + UUID.randomUUID().toString().replace("-", "");
        UUID delivery = UUID.randomUUID();
        jdbc.update("INSERT INTO webhook_messages (id, type, payload, created_at) VALUES (?, 'product.updated', ?, now())",
                messageId, payload);
        jdbc.update("INSERT INTO webhook_deliveries (id, endpoint_id, message_id, status, next_attempt_at, created_at) "
                + "VALUES (?, ?::uuid, ?, 'pending', now(), now())", delivery, endpointId, messageId);
        return delivery;
    }

    record Endpoint(String id, String secret) {}

    private Endpoint create(String url, String... events) {
        JsonPath body = admin().contentType("application/json").body(Map.of("url", url, "events", List.of(events),
                "description", "test receiver")).post("/api/admin/webhooks").then().statusCode(201).extract()
                .jsonPath();
        created.add(body.getString("id"));
        return new Endpoint(body.getString("id"), body.getString("secret"));
    }

    private io.restassured.specification.RequestSpecification admin() {
        return given().auth().oauth2(tokens.admin());
    }

    /** The requests to {@code url} whose body mentions {@code text} (an order or product id). */
    private List<Received> about(String url, String text) {
        return receiver.to(url).stream().filter(r -> r.body().contains(text)).toList();
    }

    private static void verify(String secret, Received request) {
        try {
            new Webhook(secret).verify(request.body(), request.headers());
        } catch (Exception e) {
            throw new AssertionError("the delivery's signature does not verify: " + e, e);
        }
    }

    private static Map<String, List<String>> withSignature(Received request, String signature) {
        Map<String, List<String>> headers = new HashMap<>();
        headers.put("webhook-id", List.of(request.header("webhook-id")));
        headers.put("webhook-timestamp", List.of(request.header("webhook-timestamp")));
        headers.put("webhook-signature", List.of(signature));
        return headers;
    }

    private List<Map<String, Object>> deliveries(String endpointId, String status) {
        var request = admin();
        if (status != null) {
            request.queryParam("status", status);
        }
        return request.get("/api/admin/webhooks/{id}/deliveries", endpointId).then().statusCode(200).extract()
                .jsonPath().getList("data");
    }

    private Map<String, Object> awaitDelivery(String endpointId, String status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> deliveries(endpointId, status).size() == 1);
        return deliveries(endpointId, status).get(0);
    }

    private List<Map<String, Object>> attempts(String endpointId) {
        return jdbc.queryForList("SELECT a.* FROM webhook_attempts a JOIN webhook_deliveries d ON d.id = a.delivery_id "
                + "WHERE d.endpoint_id = ?::uuid ORDER BY a.id", endpointId);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> alertFor(String endpointId) {
        List<Map<String, Object>> alerts = admin().queryParam("kind", "webhook_endpoint_disabled")
                .queryParam("limit", 100).get("/api/admin/alerts").then().statusCode(200).extract().jsonPath()
                .getList("data");
        return alerts.stream().filter(a -> a.get("subject") instanceof Map<?, ?> subject
                && endpointId.equals(subject.get("id"))).findFirst().orElse(null);
    }
}
