package dev.comptoir.notifications;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.comptoir.support.ExtraInstance;
import dev.comptoir.support.GuestOrders;
import dev.comptoir.support.GuestOrders.Placed;
import dev.comptoir.support.Outbox;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestCatalog;
import dev.comptoir.support.TestCatalog.Sku;
import dev.comptoir.support.TestMailServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Emails are outside effects (ADR 0004): sent after commit with no transaction open, with timeouts,
 * retried with backoff, and a staff alert when the retries give up. Each email goes out once.
 */
@SystemTest
class EmailDeliverySystemTests {

    @Autowired
    TestCatalog catalog;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @LocalServerPort
    int port;

    @Test
    void aMailServerThatAcceptsAndNeverAnswersDoesNotPinTheConnectionPool() {
        ConfigurableApplicationContext shop = ExtraInstance.start(dataSource, Map.of("comptoir.db.pool-max", 4));
        List<Placed> cancelled = new ArrayList<>();
        try {
            int shopPort = ExtraInstance.port(shop);
            Sku sku = catalog.product("12.00", 100);
            TestMailServer.hang();
            try {
                // twice the pool: each cancellation email meets the hanging server
                for (int i = 0; i < 8; i++) {
                    Placed order = GuestOrders.place(shopPort, sku, GuestOrders.uniqueEmail("hang"));
                    GuestOrders.cancel(shopPort, order);
                    cancelled.add(order);
                }
                await().atMost(Duration.ofSeconds(60)).until(() -> cancelled.stream()
                        .allMatch(o -> Outbox.failed(jdbc, Outbox.ORDER_EMAILS, o.id()) == 1));
                // while every email is failing, the shop still takes orders and is healthy
                for (int i = 0; i < 4; i++) {
                    GuestOrders.place(shopPort, sku, GuestOrders.uniqueEmail("still-open"));
                }
                given().port(shopPort).get("/health").then().statusCode(200).body("status", equalTo("healthy"))
                        .body("services.database", equalTo("healthy"));
                cancelled.forEach(o -> assertThat(TestMailServer.messagesTo(o.email())).isEmpty());
            } finally {
                TestMailServer.answer();
            }
            // the server answers again: each email goes out, once
            cancelled.forEach(o -> Outbox.awaitDone(jdbc, Outbox.ORDER_EMAILS, o.id()));
            cancelled.forEach(o -> assertThat(TestMailServer.messagesTo(o.email())).hasSize(1));
        } finally {
            shop.close();
        }
    }

    @Test
    void anEmailThatKeepsFailingBecomesAStaffAlertThatStaffCanRetry() {
        Sku sku = catalog.product("9.00", 10);
        Placed order;
        Map<String, Object> alert;
        String admin = accounts.adminToken();
        TestMailServer.stop();
        try {
            order = GuestOrders.place(port, sku, GuestOrders.uniqueEmail("gives-up"));
            GuestOrders.cancel(port, order);
            alert = await().atMost(Duration.ofSeconds(90)).until(() -> alertFor(admin, order.id()),
                    found -> found != null);
            assertThat(alert).containsEntry("kind", "email_not_sent").containsEntry("status", "open")
                    .containsEntry("subject", Map.of("type", "order", "id", order.id()))
                    .containsEntry("attempts", 6).containsEntry("event", "OrderCancelled")
                    .containsEntry("retryable", true);
            assertThat((String) alert.get("lastError")).contains("MailSendException");
            assertThat(Instant.parse((String) alert.get("firstAttemptAt")))
                    .isBefore(Instant.parse((String) alert.get("lastAttemptAt")));
            // given up: it left the registry, nothing retries it behind the staff's back
            assertThat(Outbox.incomplete(jdbc, Outbox.ORDER_EMAILS, order.id())).isZero();
            assertThat(TestMailServer.messagesTo(order.email())).isEmpty();
        } finally {
            TestMailServer.restart();
        }
        given().auth().oauth2(admin).post("/api/admin/alerts/{id}/retry", alert.get("id"))
                .then().statusCode(200).body("status", equalTo("retried"));
        Outbox.awaitDone(jdbc, Outbox.ORDER_EMAILS, order.id());
        assertThat(TestMailServer.messagesTo(order.email())).hasSize(1);
        // a second retry of the same alert is refused: it is no longer open
        given().auth().oauth2(admin).post("/api/admin/alerts/{id}/retry", alert.get("id"))
                .then().statusCode(409).body("error", equalTo("alert_not_open")).body("status", equalTo(409))
                .body("alertStatus", equalTo("retried"));
        // the staff were told, once the mail server was back (their email is retried like any other)
        await().atMost(Duration.ofSeconds(30)).until(() -> TestMailServer.messagesTo("staff@comptoir.test").stream()
                .anyMatch(m -> body(m).contains((String) alert.get("id"))));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> alertFor(String admin, String orderId) {
        List<Map<String, Object>> alerts = given().auth().oauth2(admin).queryParam("kind", "email_not_sent")
                .queryParam("limit", 100).get("/api/admin/alerts").then().statusCode(200).extract().jsonPath()
                .getList("data");
        return alerts.stream().filter(a -> a.get("subject") instanceof Map<?, ?> subject
                && orderId.equals(subject.get("id"))).findFirst().orElse(null);
    }

    private static String body(jakarta.mail.internet.MimeMessage message) {
        return TestMailServer.text(message);
    }
}
