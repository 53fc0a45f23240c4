package dev.comptoir.payments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.comptoir.payments.PaymentFixtures.PlacedOrder;
import dev.comptoir.support.ExtraInstance;
import dev.comptoir.support.SystemTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A slow Stripe never drains the connection pool: a payment intent request holds no connection while
 * Stripe answers (ADR 0004), so 30 concurrent requests on a pool of 4 all succeed.
 */
@SystemTest
class PaymentIntentPoolSystemTests {

    @Autowired
    DataSource dataSource;
    @Autowired
    PaymentFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void thirtyConcurrentPaymentIntentsOnAPoolOfFourAllSucceedWhileStripeIsSlow() throws Exception {
        WireMockServer stripe = new WireMockServer(options().dynamicPort().globalTemplating(true));
        stripe.start();
        ConfigurableApplicationContext shop = null;
        ExecutorService pool = Executors.newFixedThreadPool(30);
        try {
            List<PlacedOrder> orders = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                orders.add(fixtures.customerOrder("20.00"));
            }
            long amount = PaymentFixtures.minor(orders.get(0).total());
            stripe.stubFor(post(urlEqualTo("/v1/payment_intents")).willReturn(aResponse().withStatus(200)
                    .withFixedDelay(700).withHeader("Content-Type", "application/json").withBody("""
                            {"id": "pi_slow{{randomValue length=20 type='ALPHANUMERIC'}}", "object": "payment_intent",
                             "amount": %d, "amount_received": 0, "currency": "eur", "livemode": false,
                             "client_secret": "pi_slow_secret_{{randomValue length=12 type='ALPHANUMERIC'}}",
                             "metadata": {}, "payment_method_types": ["card"], "status": "requires_payment_method"}
                            """.formatted(amount))));
            shop = ExtraInstance.start(dataSource, Map.of("comptoir.db.pool-max", 4,
                    "comptoir.stripe.secret-key", StripeProviderSystemTests.SECRET_KEY,
                    "comptoir.stripe.webhook-secret", StripeProviderSystemTests.WEBHOOK_SECRET,
                    "comptoir.stripe.api-base", "http://localhost:" + stripe.port()));
            int port = ExtraInstance.port(shop);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> statuses = new ArrayList<>();
            for (PlacedOrder order : orders) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    return given().port(port).auth().oauth2(order.token())
                            .header("Idempotency-Key", UUID.randomUUID().toString())
                            .post("/api/orders/" + order.id() + "/payment-intent").then().extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> answered = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answered.add(status.get());
            }
            assertThat(answered).hasSize(30).containsOnly(200);
            stripe.verify(30, postRequestedFor(urlEqualTo("/v1/payment_intents")));
            for (PlacedOrder order : orders) {
                assertThat(jdbc.queryForObject("SELECT count(*) FROM payments WHERE order_id = ?", Integer.class,
                        order.id())).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
            if (shop != null) {
                shop.close();
            }
            stripe.stop();
        }
    }
}
