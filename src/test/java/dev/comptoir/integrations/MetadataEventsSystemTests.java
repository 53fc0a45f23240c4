package dev.comptoir.integrations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.comptoir.support.GuestOrders;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestCatalog;
import dev.comptoir.support.TestCatalog.Sku;
import dev.comptoir.support.TestTokens;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Integration events (webhook payloads) carry the entity's metadata, public and private, as it is when
 * the event is translated (ADR 0013): a product metadata PATCH is a {@code product.updated}, an order's
 * events and a new account's {@code customer.created} carry theirs. Read as published, once committed
 * ({@link IntegrationEventsProbe}): the very payload every webhook delivery and the event stream send.
 */
@SystemTest
class MetadataEventsSystemTests {

    @Autowired
    TestCatalog catalog;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestTokens tokens;

    @Autowired
    IntegrationEventsProbe events;

    /** The data of the one committed integration event of {@code type} whose {@code data.<idField>} is {@code id}. */
    private JsonPath message(String type, String idField, Object id) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !matching(type, idField, id).isEmpty());
        List<JsonPath> found = matching(type, idField, id);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private List<JsonPath> matching(String type, String idField, Object id) {
        return events.of(type).stream().map(e -> JsonPath.from(e.payload()).setRootPath("data"))
                .filter(data -> id.toString().equals(data.getString(idField))).toList();
    }

    @Test
    void aProductMetadataPatchIsAProductUpdatedCarryingBothFields() {
        Sku sku = catalog.product("7.00", 3);
        given().auth().oauth2(tokens.staff("catalog:write")).contentType("application/json")
                .body(Map.of("metadata", Map.of("erpId", "E-42"), "privateMetadata", Map.of("cost", 3.5)))
                .patch("/api/admin/products/{id}/metadata", sku.productId()).then().statusCode(200);

        JsonPath data = message("product.updated", "productId", sku.productId());

        assertThat(data.getString("sku")).isEqualTo(sku.sku());
        assertThat(data.getMap("metadata")).isEqualTo(Map.of("erpId", "E-42"));
        assertThat(data.getMap("privateMetadata")).isEqualTo(Map.of("cost", 3.5f));
    }

    @Test
    void anOrdersEventsCarryItsMetadata() {
        GuestOrders.Placed order = GuestOrders.place(RestAssured.port, catalog.product("4.00", 3),
                GuestOrders.uniqueEmail("events"));
        given().auth().oauth2(tokens.staff("orders:manage")).contentType("application/json")
                .body(Map.of("metadata", Map.of("channel", "pos"), "privateMetadata", Map.of("erpOrder", 991)))
                .patch("/api/admin/orders/{id}/metadata", order.id()).then().statusCode(200);
        GuestOrders.cancel(RestAssured.port, order);

        JsonPath data = message("order.cancelled", "orderId", order.id());

        assertThat(data.getString("orderNumber")).isEqualTo(order.orderNumber());
        assertThat(data.getMap("metadata")).isEqualTo(Map.of("channel", "pos"));
        assertThat(data.getMap("privateMetadata")).isEqualTo(Map.of("erpOrder", 991));
    }

    @Test
    void aNewCustomerIsToldWithItsEmptyMetadata() {
        TestAccounts.Account customer = accounts.register();

        JsonPath data = message("customer.created", "userId", customer.id());

        assertThat(data.getString("email")).isEqualTo(customer.email());
        assertThat(data.getMap("metadata")).isEmpty();
        assertThat(data.getMap("privateMetadata")).isEmpty();
    }
}
