package dev.comptoir.integrations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import dev.comptoir.integrations.events.IntegrationEventTypes;
import dev.comptoir.support.GuestOrders;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestCatalog;
import dev.comptoir.support.TestTokens;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The OpenAPI 3.1 document's {@code webhooks} tell the truth: every event type is there with an example
 * that fits its schema, and the bodies real deliveries carry fit the schema of their type, member for
 * member (a member sent but not documented fails as much as one documented but missing).
 */
@SystemTest
class WebhooksDocumentSystemTests {

    @LocalServerPort
    int port;
    @Autowired
    TestTokens tokens;
    @Autowired
    TestCatalog catalog;
    @Autowired
    TestAccounts accounts;

    private HttpServer receiver;
    private final Map<String, String> received = new ConcurrentHashMap<>();
    private String endpointId;

    @BeforeEach
    void receive() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.putIfAbsent(JsonPath.from(body).getString("type"), body);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        endpointId = given().auth().oauth2(tokens.admin()).contentType("application/json")
                .body(Map.of("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                        "events", List.of("*")))
                .post("/api/admin/webhooks").then().statusCode(201).extract().path("id");
    }

    @AfterEach
    void stop() {
        given().auth().oauth2(tokens.admin()).delete("/api/admin/webhooks/{id}", endpointId).then().statusCode(204);
        receiver.stop(0);
    }

    @Test
    void everyEventTypeIsDocumentedWithAnExampleThatFitsItsSchema() {
        JsonPath document = document();
        assertThat(document.getString("openapi")).startsWith("3.1");
        assertThat(document.getMap("webhooks").keySet())
                .containsExactlyInAnyOrderElementsOf(IntegrationEventTypes.NAMES);
        for (String type : IntegrationEventTypes.NAMES) {
            Map<String, Object> media = document.getMap("webhooks.'" + type + "'.post.requestBody.content.'application/json'");
            List<String> faults = new ArrayList<>();
            fits(media.get("schema"), media.get("example"), type, faults);
            assertThat(faults).as("the example of %s", type).isEmpty();
            assertThat(document.getList("webhooks.'" + type + "'.post.parameters.name"))
                    .containsExactly("webhook-id", "webhook-timestamp", "webhook-signature");
        }
    }

    @Test
    void deliveredBodiesFitTheSchemaOfTheirType() {
        TestCatalog.Sku sku = catalog.product("19.90", 5);
        GuestOrders.Placed order = GuestOrders.place(port, sku, GuestOrders.uniqueEmail("hooks-doc"));
        GuestOrders.cancel(port, order);
        accounts.register();
        List<String> expected = List.of("product.created", "order.created", "order.cancelled", "customer.created");
        await().atMost(Duration.ofSeconds(30)).until(() -> received.keySet().containsAll(expected));

        JsonPath document = document();
        for (String type : expected) {
            Object schema = document.get("webhooks.'" + type + "'.post.requestBody.content.'application/json'.schema");
            List<String> faults = new ArrayList<>();
            fits(schema, JsonPath.from(received.get(type)).get(""), type, faults);
            assertThat(faults).as("the delivered body of %s: %s", type, received.get(type)).isEmpty();
        }
    }

    private JsonPath document() {
        return given().get("/api/docs/openapi.json").then().statusCode(200).extract().jsonPath();
    }

    /** Whether {@code value} fits {@code schema}: its types, required and documented members, items. */
    @SuppressWarnings("unchecked")
    private static void fits(Object schemaNode, Object value, String at, List<String> faults) {
        Map<String, Object> schema = (Map<String, Object>) schemaNode;
        Object types = schema.get("type");
        Collection<String> allowed = types == null ? List.of() : types instanceof String t ? List.of(t)
                : (Collection<String>) types;
        if (!allowed.isEmpty() && !allowed.contains(typeOf(value))
                && !(allowed.contains("number") && typeOf(value).equals("integer"))) {
            faults.add(at + " is " + typeOf(value) + ", documented " + allowed);
            return;
        }
        if (value instanceof Map<?, ?> object && schema.get("properties") instanceof Map<?, ?> properties) {
            for (Object name : (List<Object>) schema.getOrDefault("required", List.of())) {
                if (!object.containsKey(name)) {
                    faults.add(at + "." + name + " is required but missing");
                }
            }
            object.forEach((name, member) -> {
                if (properties.containsKey(name)) {
                    fits(properties.get(name), member, at + "." + name, faults);
                } else {
                    faults.add(at + "." + name + " is sent but not documented");
                }
            });
        }
        if (value instanceof List<?> list && schema.get("items") != null) {
            for (int i = 0; i < list.size(); i++) {
                fits(schema.get("items"), list.get(i), at + "[" + i + "]", faults);
            }
        }
    }

    private static String typeOf(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map) {
            return "object";
        }
        if (value instanceof List) {
            return "array";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        if (value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger) {
            return "integer";
        }
        if (value instanceof Number) {
            return "number";
        }
        return "string";
    }
}
