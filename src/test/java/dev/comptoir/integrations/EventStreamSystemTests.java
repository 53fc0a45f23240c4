package dev.comptoir.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import com.sun.net.httpserver.HttpServer;
import dev.comptoir.support.Contract;
import dev.comptoir.support.ExtraInstance;
import dev.comptoir.support.GuestOrders;
import dev.comptoir.support.GuestOrders.Placed;
import dev.comptoir.support.Outbox;
import dev.comptoir.support.OutboxRetryPause;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TcpProxy;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestCatalog.Sku;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event stream (ADR 0013): an instance with {@code AMQP_URL} publishes every integration event to
 * the machine's RabbitMQ (127.0.0.1:5672, which {@code .ci/run} starts), through a {@link TcpProxy} that
 * plays the broker going away. A queue of the test's own, bound with {@code #}, reads what integrators
 * would. The shared context, without AMQP_URL, has no broker at all.
 */
@SystemTest
class EventStreamSystemTests {

    private static final String STREAM = Outbox.listener("integrations.events", "EventStream");
    private static final String EXCHANGE = "comptoir.events.test-" + UUID.randomUUID().toString().substring(0, 8);
    private static TcpProxy broker;
    private static ConfigurableApplicationContext streaming;
    private static Connection rabbit;
    private static Channel channel;
    private static String queue;

    @Autowired
    DataSource sharedDatabase;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JsonMapper json;
    @Autowired
    ApplicationContext mainContext;

    @BeforeEach
    void startStreamingInstance() throws Exception {
        if (streaming != null) {
            return;
        }
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri("amqp://guest:guest@127.0.0.1:5672");
        factory.setConnectionTimeout(5_000);
        rabbit = factory.newConnection("comptoir-tests"); // fails the test when RabbitMQ is not running
        channel = rabbit.createChannel();
        broker = new TcpProxy("127.0.0.1", 5672);
        streaming = ExtraInstance.start(sharedDatabase, Map.of(
                "comptoir.amqp.url", "amqp://guest:guest@127.0.0.1:" + broker.port(),
                "comptoir.amqp.exchange", EXCHANGE,
                "spring.modulith.events.republish-outstanding-events-on-restart", false));
        // the instance declares its exchange on each connection it opens: open one now, before binding to it
        streaming.getBean(RabbitAdmin.class).initialize();
        channel.exchangeDeclarePassive(EXCHANGE);
        queue = channel.queueDeclare().getQueue(); // server-named, exclusive, gone with the test's connection
        channel.queueBind(queue, EXCHANGE, "#");
    }

    @AfterAll
    static void stop() throws Exception {
        if (streaming != null) {
            streaming.close();
            streaming = null;
        }
        if (channel != null) {
            channel.exchangeDelete(EXCHANGE);
            rabbit.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void eachIntegrationEventGoesToTheExchangeWithItsTypeAsRoutingKeyAndTheWebhookBodyByteForByte()
            throws Exception {
        Map<String, byte[]> webhooks = new ConcurrentHashMap<>();
        HttpServer receiver = receiver(webhooks);
        String admin = accounts.adminToken();
        String endpoint = Contract.request().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks",
                        "events", List.of("product.created", "order.created")))
                .post("/api/admin/webhooks").then().statusCode(201).extract().path("id");
        try {
            int port = ExtraInstance.port(streaming);
            Sku sku = createProduct(port, admin);
            Placed order = GuestOrders.place(port, sku, GuestOrders.uniqueEmail("stream"));

            Received created = awaitMessage("product.created", sku.sku());
            Received placed = awaitMessage("order.created", order.id());

            for (Received message : List.of(created, placed)) {
                AMQP.BasicProperties props = message.properties();
                assertThat(props.getContentType()).isEqualTo("application/json");
                assertThat(props.getDeliveryMode()).isEqualTo(2); // persistent
                assertThat(props.getMessageId()).matches("msg_[0-9a-f]{32}");
                assertThat(props.getType()).isEqualTo(message.routingKey());
                JsonNode body = json.readTree(message.body());
                assertThat(body.propertyNames()).containsExactly("id", "type", "timestamp", "data");
                assertThat(body.get("id").asString()).isEqualTo(props.getMessageId());
                assertThat(body.get("type").asString()).isEqualTo(message.routingKey());
                // the body is the webhook's, byte for byte, for the same event (webhook-id = message id)
                await().atMost(Duration.ofSeconds(30)).until(() -> webhooks.containsKey(props.getMessageId()));
                assertThat(message.raw()).isEqualTo(webhooks.get(props.getMessageId()));
            }
            JsonNode product = json.readTree(created.body()).get("data");
            assertThat(product.get("productId").asString()).isEqualTo(sku.productId().toString());
            assertThat(product.get("sku").asString()).isEqualTo(sku.sku());
            JsonNode placedOrder = json.readTree(placed.body()).get("data");
            assertThat(placedOrder.get("orderId").asString()).isEqualTo(order.id());
            assertThat(placedOrder.get("orderNumber").asString()).isEqualTo(order.orderNumber());
            Outbox.awaitDone(jdbc, STREAM, sku.sku());

            // the instance declared a durable topic exchange: declaring it otherwise is refused by the broker
            Channel probe = rabbit.createChannel();
            assertThatThrownBy(() -> probe.exchangeDeclare(EXCHANGE, "topic", false)).isInstanceOf(IOException.class)
                    .hasStackTraceContaining("inequivalent arg 'durable'");
            Channel same = rabbit.createChannel();
            same.exchangeDeclare(EXCHANGE, "topic", true); // as declared: accepted
            same.close();
        } finally {
            Contract.request().auth().oauth2(admin).delete("/api/admin/webhooks/{id}", endpoint)
                    .then().statusCode(204);
            receiver.stop(0);
        }
    }

    @Test
    void anEventTheBrokerDidNotTakeStaysInTheOutboxAndIsDeliveredOnceTheBrokerIsBack() throws Exception {
        // the shared context has no event stream: only the streaming instance may retry its publications
        try (OutboxRetryPause paused = OutboxRetryPause.of(mainContext)) {
            int port = ExtraInstance.port(streaming);
            String admin = accounts.adminToken();
            broker.cut();
            Sku sku;
            try {
                sku = createProduct(port, admin);
                // its product.created (a stock of 5 is also inventory.low_stock) failed, and waits in the outbox
                String created = "product.created%" + sku.sku();
                await().atMost(Duration.ofSeconds(30)).until(() -> Outbox.failed(jdbc, STREAM, created) == 1);
                assertThat(Outbox.incomplete(jdbc, STREAM, created)).isEqualTo(1);
                String error = jdbc.queryForObject("""
                        SELECT last_error FROM event_publication WHERE completion_date IS NULL
                          AND listener_id LIKE ? AND serialized_event LIKE ?""", String.class,
                        STREAM + ".%", "%" + created + "%");
                assertThat(error).startsWith("AmqpException: RabbitMQ did not take the message (").doesNotContain("guest:guest");
                assertThat(drain()).noneMatch(m -> m.body().contains(sku.sku()));
                // the broker counts in the instance's health, not in its readiness: the shop still sells
                Contract.request().port(port).get("/actuator/health").then().statusCode(503);
                Contract.request().port(port).get("/actuator/health/readiness").then().statusCode(200);
            } finally {
                broker.restore();
            }
            // retried with the outbox's backoff: it arrives, and the publication is completed
            Received message = awaitMessage("product.created", sku.sku());
            assertThat(json.readTree(message.body()).get("data").get("sku").asString()).isEqualTo(sku.sku());
            Outbox.awaitDone(jdbc, STREAM, sku.sku());
        }
    }

    @Test
    void withoutAmqpUrlTheSharedContextHasNoBrokerAndStaysHealthy() {
        assertThat(mainContext.getBeanNamesForType(org.springframework.amqp.rabbit.connection.ConnectionFactory.class))
                .isEmpty();
        Contract.request().get("/actuator/health").then().statusCode(200);
    }

    private record Received(String routingKey, AMQP.BasicProperties properties, byte[] raw) {
        String body() {
            return new String(raw, StandardCharsets.UTF_8);
        }
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();

    private Received awaitMessage(String routingKey, String mentioning) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            drain();
            return received.stream().filter(m -> m.routingKey().equals(routingKey) && m.body().contains(mentioning))
                    .findFirst();
        }, Optional::isPresent).orElseThrow();
    }

    /** Moves what the queue holds into {@link #received}; returns all received so far. */
    private List<Received> drain() throws IOException {
        for (GetResponse got; (got = channel.basicGet(queue, true)) != null; ) {
            received.add(new Received(got.getEnvelope().getRoutingKey(), got.getProps(), got.getBody()));
        }
        return received;
    }

    private static Sku createProduct(int port, String admin) {
        String sku = "S-" + UUID.randomUUID().toString().substring(0, 12).toUpperCase();
        String id = Contract.request().port(port).auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", "Streamed " + sku, "price", new BigDecimal("12.00"), "sku", sku, "stock", 5))
                .post("/api/products").then().statusCode(201).extract().path("id");
        return new Sku(UUID.fromString(id), null, sku);
    }

    /** A webhook receiver answering 204 and keeping each body by its {@code webhook-id}. */
    private static HttpServer receiver(Map<String, byte[]> bodies) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hooks", exchange -> {
            bodies.put(exchange.getRequestHeaders().getFirst("webhook-id"), exchange.getRequestBody().readAllBytes());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        return server;
    }
}
