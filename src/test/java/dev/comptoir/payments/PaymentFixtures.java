package dev.comptoir.payments;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import dev.comptoir.payments.provider.WebhookSecret;
import dev.comptoir.payments.webhook.WebhookSignatures;
import dev.comptoir.support.Contract;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestCatalog;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Orders to pay, Stripe-shaped events signed like Stripe signs them, and reads of the resulting state. */
@Component
class PaymentFixtures {

    @Autowired
    TestCatalog catalog;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    WebhookSecret secret;

    record PlacedOrder(UUID id, String orderNumber, BigDecimal total, String email, String token, String guestToken) {
        RequestSpecification caller() {
            return token != null ? given().auth().oauth2(token) : given().header("X-Guest-Token", guestToken);
        }
    }

    /** A customer's pending order of one product at {@code price} (shipped to FR: 20% VAT, free over 50). */
    PlacedOrder customerOrder(String price) {
        TestAccounts.Account customer = accounts.register();
        TestCatalog.Sku sku = catalog.product(price, 50);
        given().auth().oauth2(customer.accessToken()).contentType("application/json")
                .body(Map.of("productId", sku.productId(), "quantity", 1)).post("/api/cart/items")
                .then().statusCode(200);
        Response placed = given().auth().oauth2(customer.accessToken()).contentType("application/json")
                .body(Map.of("shippingAddress", address())).post("/api/orders").then().statusCode(201).extract()
                .response();
        return new PlacedOrder(UUID.fromString(placed.path("id")), placed.path("orderNumber"),
                new BigDecimal(placed.path("total").toString()), customer.email(), customer.accessToken(), null);
    }

    PlacedOrder guestOrder(String price) {
        TestCatalog.Sku sku = catalog.product(price, 50);
        String session = "pay-" + UUID.randomUUID();
        String email = TestAccounts.uniqueEmail();
        given().header("X-Session-Id", session).contentType("application/json")
                .body(Map.of("productId", sku.productId(), "quantity", 1)).post("/api/cart/items")
                .then().statusCode(200);
        Response placed = given().header("X-Session-Id", session).contentType("application/json")
                .body(Map.of("shippingAddress", address(), "email", email)).post("/api/orders")
                .then().statusCode(201).extract().response();
        return new PlacedOrder(UUID.fromString(placed.path("id")), placed.path("orderNumber"),
                new BigDecimal(placed.path("total").toString()), email, null, placed.path("guestToken"));
    }

    static Map<String, Object> address() {
        return Map.of("firstName", "Ada", "lastName", "Lovelace", "line1", "12 rue de la Paix", "city", "Paris",
                "postalCode", "75002", "country", "FR");
    }

    /** The order's intent, created through the API. */
    String intentOf(PlacedOrder order) {
        return order.caller().post("/api/orders/" + order.id() + "/payment-intent").then().statusCode(200)
                .extract().path("paymentIntentId");
    }

    static long minor(BigDecimal amount) {
        return amount.movePointRight(2).longValueExact();
    }

    String intentEvent(String type, String intentId, UUID orderId, long amount, String currency) {
        Map<String, Object> intent = new LinkedHashMap<>();
        intent.put("id", intentId);
        intent.put("object", "payment_intent");
        intent.put("amount", amount);
        intent.put("amount_received", type.endsWith("succeeded") ? amount : 0);
        intent.put("currency", currency);
        intent.put("status", switch (type) {
            case "payment_intent.succeeded" -> "succeeded";
            case "payment_intent.canceled" -> "canceled";
            default -> "requires_payment_method";
        });
        intent.put("metadata", Map.of("order_id", orderId.toString()));
        if (type.endsWith("payment_failed")) {
            intent.put("last_payment_error", Map.of("code", "card_declined", "message", "Your card was declined."));
        }
        return event(type, intent);
    }

    String refundEvent(String type, Map<String, Object> object) {
        return event(type, object);
    }

    String event(String type, Map<String, Object> object) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", "evt_test_" + UUID.randomUUID().toString().replace("-", ""));
        event.put("object", "event");
        event.put("api_version", "2025-09-30.clover");
        event.put("created", Instant.now().getEpochSecond());
        event.put("type", type);
        event.put("livemode", false);
        event.put("data", Map.of("object", object));
        return json.writeValueAsString(event);
    }

    String sign(String payload) {
        return WebhookSignatures.header(payload, secret.value(), Instant.now().getEpochSecond());
    }

    Response deliver(String payload) {
        return deliver(payload, sign(payload));
    }

    Response deliver(String payload, String signature) {
        return deliver(given(), payload, signature);
    }

    /** A delivery whose body is not the JSON the document describes, on purpose. */
    Response deliverInvalid(String payload, String signature) {
        return deliver(Contract.invalidRequest(), payload, signature);
    }

    private static Response deliver(RequestSpecification spec, String payload, String signature) {
        RequestSpecification request = spec.contentType("application/json").body(payload);
        if (signature != null) {
            request.header("Stripe-Signature", signature);
        }
        return request.post("/api/webhooks/stripe").then().extract().response();
    }

    String orderStatus(UUID orderId) {
        return jdbc.queryForObject("SELECT status FROM orders WHERE id = ?", String.class, orderId);
    }

    String orderPaymentStatus(UUID orderId) {
        return jdbc.queryForObject("SELECT payment_status FROM orders WHERE id = ?", String.class, orderId);
    }

    String paymentStatus(String intentId) {
        return jdbc.queryForObject("SELECT status FROM payments WHERE provider_id = ?", String.class, intentId);
    }

    static void eventually(Supplier<Boolean> condition) {
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50)).until(condition::get);
    }
}
