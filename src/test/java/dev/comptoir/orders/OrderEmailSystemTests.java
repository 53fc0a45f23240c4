package dev.comptoir.orders;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestCatalog;
import dev.comptoir.support.TestCatalog.Sku;
import dev.comptoir.support.TestMailServer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Emails go out after commit through the outbox, to a real SMTP server, once each. */
@SystemTest
class OrderEmailSystemTests {

    @Autowired
    TestCatalog catalog;

    private String placeGuestOrder(String email) {
        Sku sku = catalog.product("15.00", 10);
        String session = "mail-" + UUID.randomUUID();
        given().header("X-Session-Id", session).contentType("application/json")
                .body(Map.of("productId", sku.productId(), "quantity", 1)).post("/api/cart/items")
                .then().statusCode(200);
        Map<String, Object> body = new HashMap<>(CheckoutSystemTests.checkout("FR"));
        body.put("email", email);
        return given().header("X-Session-Id", session).contentType("application/json").body(body)
                .post("/api/orders").then().statusCode(201).extract().path("orderNumber");
    }

    @Test
    void aPlacedOrderSendsOneConfirmationEmail() throws Exception {
        String email = "buyer-" + UUID.randomUUID() + "@example.com";
        String number = placeGuestOrder(email);
        await().atMost(Duration.ofSeconds(15)).until(() -> !TestMailServer.messagesTo(email).isEmpty());
        Thread.sleep(1500);
        assertThat(TestMailServer.messagesTo(email)).hasSize(1);
        assertThat(TestMailServer.messagesTo(email).get(0).getSubject()).contains(number);
    }

    @Test
    void aMailServerOutageDelaysTheEmailButNeverFailsTheOrder() throws Exception {
        String email = "outage-" + UUID.randomUUID() + "@example.com";
        TestMailServer.stop();
        try {
            placeGuestOrder(email);
            Thread.sleep(2000); // the first delivery attempt fails meanwhile
            assertThat(TestMailServer.messagesTo(email)).isEmpty();
        } finally {
            TestMailServer.restart();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> !TestMailServer.messagesTo(email).isEmpty());
        assertThat(TestMailServer.messagesTo(email)).hasSize(1);
    }
}
