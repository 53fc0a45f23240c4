package dev.comptoir.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Pays and refunds orders the way the running system does: a payment intent, the simulated
 * provider's signed webhook (dev route), and the admin refund route; then waits until the order
 * shows it (payment outcomes reach orders after commit, through the outbox).
 */
@Component
public class TestPayments {

    private final TestTokens tokens;

    TestPayments(TestTokens tokens) {
        this.tokens = tokens;
    }

    /** {@code owner}: a request carrying the customer's token or the guest's X-Guest-Token. */
    public void pay(String orderId, RequestSpecification owner) {
        String intent = owner.post("/api/orders/{id}/payment-intent", orderId).then().statusCode(200)
                .extract().path("paymentIntentId");
        given().post("/api/dev/payments/{pi}/succeed", intent).then().statusCode(200);
        awaitOrder(orderId, "paymentStatus", "paid");
    }

    public void refund(String orderId, BigDecimal amount, String expectedPaymentStatus) {
        given().auth().oauth2(tokens.admin()).contentType("application/json")
                .body(Map.of("amount", amount, "reason", "test"))
                .post("/api/admin/orders/{id}/refunds", orderId).then().statusCode(201);
        awaitOrder(orderId, "paymentStatus", expectedPaymentStatus);
    }

    public void awaitOrder(String orderId, String field, String value) {
        String admin = tokens.admin();
        await().atMost(Duration.ofSeconds(20)).until(() -> value.equals(given().auth().oauth2(admin)
                .get("/api/admin/orders/{id}", orderId).then().extract().path(field)));
    }
}
