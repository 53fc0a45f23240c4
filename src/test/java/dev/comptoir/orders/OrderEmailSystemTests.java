package dev.comptoir.orders;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.comptoir.support.GuestOrders;
import dev.comptoir.support.GuestOrders.Placed;
import dev.comptoir.support.Outbox;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestCatalog;
import dev.comptoir.support.TestMailServer;
import dev.comptoir.support.TestPayments;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Order emails follow the order's real state: none while it waits for its payment, one "confirmed"
 * when the payment moves it to confirmed. They go out after commit through the outbox, once each.
 */
@SystemTest
class OrderEmailSystemTests {

    @Autowired
    TestCatalog catalog;
    @Autowired
    TestPayments payments;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    private void pay(Placed order) {
        payments.pay(order.id(), given().header("X-Guest-Token", order.guestToken()));
    }

    @Test
    void anOrderIsConfirmedByEmailOnceItIsPaidAndNotBefore() throws Exception {
        Placed order = GuestOrders.place(port, catalog.product("15.00", 10), GuestOrders.uniqueEmail("buyer"));
        // every listener of the placed order is done: still no email, the order is not paid
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("""
                SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE ?""",
                Integer.class, "%" + order.id() + "%") == 0);
        assertThat(TestMailServer.messagesTo(order.email())).isEmpty();

        pay(order);
        Outbox.awaitDone(jdbc, Outbox.ORDER_EMAILS, order.id());
        assertThat(TestMailServer.messagesTo(order.email())).hasSize(1);
        assertThat(TestMailServer.messagesTo(order.email()).get(0).getSubject())
                .isEqualTo("Your order " + order.orderNumber() + " is confirmed");
        assertThat(TestMailServer.text(TestMailServer.messagesTo(order.email()).get(0)))
                .contains("we received your payment of €22.90");
    }

    @Test
    void aMailServerOutageDelaysTheEmailButNeverFailsTheOrder() {
        Placed order = GuestOrders.place(port, catalog.product("15.00", 10), GuestOrders.uniqueEmail("outage"));
        TestMailServer.stop();
        try {
            pay(order);
            // the first delivery failed and waits for its retry
            await().atMost(Duration.ofSeconds(30)).until(() -> Outbox.failed(jdbc, Outbox.ORDER_EMAILS, order.id()) == 1);
            assertThat(TestMailServer.messagesTo(order.email())).isEmpty();
        } finally {
            TestMailServer.restart();
        }
        Outbox.awaitDone(jdbc, Outbox.ORDER_EMAILS, order.id());
        assertThat(TestMailServer.messagesTo(order.email())).hasSize(1);
    }
}
