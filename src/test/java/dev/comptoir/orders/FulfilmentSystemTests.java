package dev.comptoir.orders;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.comptoir.support.GuestOrders;
import dev.comptoir.support.Outbox;
import dev.comptoir.support.Race;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestAccounts.Account;
import dev.comptoir.support.TestCatalog;
import dev.comptoir.support.TestCatalog.Sku;
import dev.comptoir.support.TestMailServer;
import dev.comptoir.support.TestPayments;
import dev.comptoir.support.TestTokens;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Orders shipped as parcels (ADR 0012), through the parcel routes and the old status route. */
@SystemTest
class FulfilmentSystemTests {

    @Autowired
    TestCatalog catalog;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestTokens tokens;
    @Autowired
    TestPayments payments;
    @Autowired
    JdbcTemplate jdbc;

    private final UUID adminId = UUID.randomUUID();

    private RequestSpecification admin() {
        return given().auth().oauth2(tokens.token(adminId, "staff", List.of("orders:manage")));
    }

    /** A paid order of the customer for these quantities, in the cart's order. */
    private JsonPath paidOrder(Account customer, Map<Sku, Integer> lines) {
        lines.forEach((sku, quantity) -> given().auth().oauth2(customer.accessToken()).contentType("application/json")
                .body(Map.of("productId", sku.productId(), "quantity", quantity)).post("/api/cart/items")
                .then().statusCode(200));
        JsonPath order = given().auth().oauth2(customer.accessToken()).contentType("application/json")
                .body(CheckoutSystemTests.checkout("FR")).post("/api/orders").then().statusCode(201).extract()
                .jsonPath();
        payments.pay(order.getString("id"), given().auth().oauth2(customer.accessToken()));
        return order;
    }

    /**
     * A second stock location holding these units. (Made in SQL until the stock-locations route is in
     * inventory; the stock itself goes through its adjustments route.)
     */
    private String location(int priority, Map<Sku, Integer> stock) {
        String code = "east-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("INSERT INTO stock_locations (code, name, priority) VALUES (?, ?, ?)", code, "East " + code,
                priority);
        stock.forEach((sku, units) -> given().auth().oauth2(tokens.admin()).contentType("application/json")
                .body(Map.of("sku", sku.sku(), "delta", units, "reason", "restock", "location", code))
                .post("/api/admin/inventory/adjustments").then().statusCode(201));
        return code;
    }

    private int onHand(Sku sku, String location) {
        return jdbc.queryForObject("SELECT on_hand FROM stock_levels WHERE sku = ? AND location_code = ?",
                Integer.class, sku.sku(), location);
    }

    private static Map<Sku, Integer> lines(Sku first, int firstQuantity, Sku second, int secondQuantity) {
        Map<Sku, Integer> lines = new LinkedHashMap<>();
        lines.put(first, firstQuantity);
        lines.put(second, secondQuantity);
        return lines;
    }

    private String itemId(JsonPath order, Sku sku) {
        return order.getString("items.find { it.sku == '" + sku.sku() + "' }.id");
    }

    private ValidatableResponse ship(String orderId, String location, String carrier, String trackingNumber,
            Map<String, Integer> items) {
        return ship(admin(), orderId, location, carrier, trackingNumber, items);
    }

    private ValidatableResponse ship(RequestSpecification request, String orderId, String location, String carrier,
            String trackingNumber, Map<String, Integer> items) {
        List<Map<String, Object>> lines = new ArrayList<>();
        items.forEach((id, quantity) -> lines.add(Map.of("orderItemId", id, "quantity", quantity)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("location", location);
        body.put("items", lines);
        if (carrier != null) {
            body.put("carrier", carrier);
        }
        body.put("trackingNumber", trackingNumber);
        return request.contentType("application/json").body(body).post("/api/admin/orders/{id}/fulfilments", orderId)
                .then();
    }

    private ValidatableResponse deliver(String orderId, String fulfilmentId) {
        return admin().post("/api/admin/orders/{id}/fulfilments/{fid}/deliver", orderId, fulfilmentId).then();
    }

    private ValidatableResponse move(String orderId, Map<String, Object> body) {
        return admin().contentType("application/json").body(body).post("/api/admin/orders/{id}/status", orderId)
                .then();
    }

    private static String shippedSubject(JsonPath order) {
        return "Your order " + order.getString("orderNumber") + " has shipped";
    }

    @Test
    void anOrderShipsInTwoParcelsFromTwoLocationsEachWithItsEmailAndIsDeliveredOnceBothAre() {
        Sku mug = catalog.product("12.00", 10);
        Sku tea = catalog.product("8.00", 10);
        String east = location(10, lines(mug, 5, tea, 5));
        Account customer = accounts.register();
        JsonPath order = paidOrder(customer, lines(mug, 2, tea, 1));
        String id = order.getString("id");
        String mugItem = itemId(order, mug);
        String teaItem = itemId(order, tea);

        String first = ship(id, "main", "Colissimo", "6A123", Map.of(mugItem, 1)).statusCode(201)
                .body("location", equalTo("main"))
                .body("carrier", equalTo("Colissimo"))
                .body("trackingNumber", equalTo("6A123"))
                .body("status", equalTo("shipped"))
                .body("items", hasSize(1))
                .body("items[0].orderItemId", equalTo(mugItem))
                .body("items[0].sku", equalTo(mug.sku()))
                .body("items[0].quantity", equalTo(1))
                .body("shippedAt", notNullValue())
                .body("deliveredAt", nullValue())
                .extract().path("id");
        given().auth().oauth2(customer.accessToken()).get("/api/orders/{id}", id).then().statusCode(200)
                .body("status", equalTo("partially_shipped"))
                .body("items.find { it.sku == '" + mug.sku() + "' }.quantityShipped", equalTo(1))
                .body("items.find { it.sku == '" + tea.sku() + "' }.quantityShipped", equalTo(0))
                .body("fulfilments.id", contains(first))
                .body("fulfilments[0].trackingNumber", equalTo("6A123"));

        // reserved at main (it had everything), shipped from east: the units leave east's stock
        String second = ship(id, east, "DHL", "JD0002", Map.of(mugItem, 1, teaItem, 1)).statusCode(201)
                .body("location", equalTo(east))
                .body("items", hasSize(2)).extract().path("id");
        assertThat(onHand(tea, east)).isEqualTo(4);
        assertThat(onHand(tea, "main")).isEqualTo(10);
        assertThat(onHand(mug, "main")).isEqualTo(9);
        admin().get("/api/admin/orders/{id}", id).then().statusCode(200)
                .body("status", equalTo("shipped"))
                .body("items.quantityShipped", contains(order.getList("items.quantity").toArray()))
                .body("fulfilments.id", contains(first, second))
                .body("fulfilments.location", contains("main", east))
                .body("fulfilments.status", contains("shipped", "shipped"))
                .body("statusHistory.status", contains("pending", "confirmed", "processing", "partially_shipped",
                        "shipped"))
                .body("statusHistory[3].by", equalTo("admin:" + adminId))
                .body("reservations", hasSize(0));

        deliver(id, first).statusCode(200).body("status", equalTo("delivered")).body("deliveredAt", notNullValue());
        deliver(id, first).statusCode(409).body("error", equalTo("fulfilment_already_delivered"));
        deliver(id, UUID.randomUUID().toString()).statusCode(404).body("error", equalTo("fulfilment_not_found"));
        admin().get("/api/admin/orders/{id}/fulfilments", id).then().statusCode(200)
                .body("status", contains("delivered", "shipped"));
        given().auth().oauth2(customer.accessToken()).get("/api/orders/{id}", id).then()
                .body("status", equalTo("shipped"));
        deliver(id, second).statusCode(200);
        given().auth().oauth2(customer.accessToken()).get("/api/orders/{id}", id).then()
                .body("status", equalTo("delivered"))
                .body("deliveredAt", notNullValue())
                .body("fulfilments.status", contains("delivered", "delivered"));
        deliver(id, second).statusCode(409).body("error", equalTo("fulfilment_already_delivered"));

        List<MimeMessage> mails = TestMailServer.awaitMessages(customer.email(), shippedSubject(order), 2);
        Outbox.awaitDone(jdbc, Outbox.SHIPMENT_EMAILS, id);
        assertThat(TestMailServer.messagesTo(customer.email(), shippedSubject(order))).hasSize(2);
        String firstText = mails.stream().map(TestMailServer::text).filter(t -> t.contains("6A123")).findFirst()
                .orElseThrow();
        assertThat(firstText).contains("Colissimo").contains("1 × ").contains(mug.sku()).doesNotContain("JD0002")
                .contains("Part of your order");
        String secondText = mails.stream().map(TestMailServer::text).filter(t -> t.contains("JD0002")).findFirst()
                .orElseThrow();
        assertThat(secondText).contains("DHL").contains(tea.sku()).doesNotContain("6A123")
                .contains("is on its way");
        assertThat(mails.stream().map(TestMailServer::html).filter(h -> h.contains("JD0002") && h.contains("DHL")))
                .hasSize(1);
    }

    @Test
    void aParcelNeverShipsMoreThanWasBoughtNorFromAnOrderThatCannotShip() {
        Sku sku = catalog.product("20.00", 10);
        Account customer = accounts.register();
        given().auth().oauth2(customer.accessToken()).contentType("application/json")
                .body(Map.of("productId", sku.productId(), "quantity", 2)).post("/api/cart/items").then().statusCode(200);
        JsonPath unpaid = given().auth().oauth2(customer.accessToken()).contentType("application/json")
                .body(CheckoutSystemTests.checkout("FR")).post("/api/orders").then().statusCode(201).extract()
                .jsonPath();
        ship(unpaid.getString("id"), "main", null, "T1", Map.of(itemId(unpaid, sku), 1)).statusCode(409)
                .body("error", equalTo("invalid_transition")).body("from", equalTo("pending"));
        deliver(unpaid.getString("id"), UUID.randomUUID().toString()).statusCode(409)
                .body("error", equalTo("invalid_transition"));

        JsonPath order = paidOrder(customer, Map.of(sku, 2));
        String id = order.getString("id");
        String item = itemId(order, sku);
        ship(id, "main", null, "T1", Map.of(item, 3)).statusCode(409)
                .body("error", equalTo("quantity_exceeds_order"))
                .body("orderItemId", equalTo(item))
                .body("remaining", equalTo(2));
        ship(id, "main", null, "T1", Map.of(UUID.randomUUID().toString(), 1)).statusCode(404)
                .body("error", equalTo("order_item_not_found"));
        ship(id, "main", null, "T1", Map.of(itemId(unpaid, sku), 1)).statusCode(404)
                .body("error", equalTo("order_item_not_found"));
        ship(id, "nowhere", null, "T1", Map.of(item, 1)).statusCode(404)
                .body("error", equalTo("location_not_found"));
        ship(id, "main", "UPS", " ", Map.of(item, 1)).statusCode(400)
                .body("error", equalTo("tracking_number_required"));
        ship(UUID.randomUUID().toString(), "main", null, "T1", Map.of(item, 1)).statusCode(404)
                .body("error", equalTo("order_not_found"));
        admin().get("/api/admin/orders/{id}/fulfilments", UUID.randomUUID()).then().statusCode(404)
                .body("error", equalTo("order_not_found"));
        given().auth().oauth2(customer.accessToken()).get("/api/admin/orders/{id}/fulfilments", id).then()
                .statusCode(403);
        admin().get("/api/admin/orders/{id}", id).then()
                .body("status", equalTo("confirmed"))
                .body("items[0].quantityShipped", equalTo(0))
                .body("fulfilments", hasSize(0));

        ship(id, "main", null, "T1", Map.of(item, 2)).statusCode(201);
        ship(id, "main", null, "T2", Map.of(item, 1)).statusCode(409).body("error", equalTo("invalid_transition"))
                .body("from", equalTo("shipped"));
        assertThat(jdbc.queryForObject("SELECT quantity_shipped FROM order_items WHERE id = ?::uuid", Integer.class,
                item)).isEqualTo(2);
    }

    @Test
    void twoStaffMembersShippingTheSameRemainingUnitsAtOnceShipThemOnce() throws Exception {
        Sku sku = catalog.product("15.00", 10);
        Account customer = accounts.register();
        JsonPath order = paidOrder(customer, Map.of(sku, 4));
        String id = order.getString("id");
        String item = itemId(order, sku);
        ship(id, "main", null, "FIRST", Map.of(item, 1)).statusCode(201);

        List<Callable<String>> staff = new ArrayList<>();
        for (String tracking : List.of("RACE-A", "RACE-B")) {
            staff.add(() -> {
                var response = ship(id, "main", null, tracking, Map.of(item, 2)).extract();
                return response.statusCode() + " " + response.path("error");
            });
        }
        List<String> answers = Race.all(staff);

        assertThat(answers).containsExactlyInAnyOrder("201 null", "409 quantity_exceeds_order");
        admin().get("/api/admin/orders/{id}", id).then()
                .body("status", equalTo("partially_shipped"))
                .body("items[0].quantityShipped", equalTo(3))
                .body("fulfilments", hasSize(2))
                .body("fulfilments[1].items[0].quantity", equalTo(2));
        ship(id, "main", null, "LAST", Map.of(item, 2)).statusCode(409)
                .body("error", equalTo("quantity_exceeds_order")).body("remaining", equalTo(1));
    }

    @Test
    void aParcelRetriedWithItsIdempotencyKeyShipsOnce() {
        Sku sku = catalog.product("11.00", 10);
        Account customer = accounts.register();
        JsonPath order = paidOrder(customer, Map.of(sku, 3));
        String id = order.getString("id");
        Map<String, Integer> one = Map.of(itemId(order, sku), 1);
        String key = "parcel-" + UUID.randomUUID();

        String first = ship(admin().header("Idempotency-Key", key), id, "main", "UPS", "RETRY-1", one).statusCode(201)
                .extract().path("id");
        ship(admin().header("Idempotency-Key", key), id, "main", "UPS", "RETRY-1", one).statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        admin().get("/api/admin/orders/{id}", id).then()
                .body("fulfilments.id", contains(first))
                .body("items[0].quantityShipped", equalTo(1));
    }

    @Test
    void theStatusRouteShipsWhatIsLeftAsOneParcelAndDeliversEveryParcel() {
        Sku mug = catalog.product("12.00", 10);
        Sku tea = catalog.product("8.00", 10);
        Account customer = accounts.register();
        JsonPath order = paidOrder(customer, lines(mug, 2, tea, 1));
        String id = order.getString("id");
        String first = ship(id, "main", "Colissimo", "6A999", Map.of(itemId(order, mug), 1)).statusCode(201)
                .extract().path("id");

        move(id, Map.of("status", "shipped", "trackingNumber", "LEGACY-1", "note", "the rest")).statusCode(200)
                .body("status", equalTo("shipped"))
                .body("trackingNumber", equalTo("LEGACY-1"))
                .body("fulfilments", hasSize(2))
                .body("fulfilments[0].id", equalTo(first))
                .body("fulfilments[1].location", equalTo("main"))
                .body("fulfilments[1].carrier", nullValue())
                .body("fulfilments[1].trackingNumber", equalTo("LEGACY-1"))
                .body("fulfilments[1].items.sku", contains(mug.sku(), tea.sku()))
                .body("fulfilments[1].items.quantity", contains(1, 1))
                .body("statusHistory.status", contains("pending", "confirmed", "processing", "partially_shipped",
                        "shipped"))
                .body("statusHistory[4].note", equalTo("the rest"));
        move(id, Map.of("status", "delivered")).statusCode(200)
                .body("status", equalTo("delivered"))
                .body("fulfilments.status", contains("delivered", "delivered"));

        TestMailServer.awaitMessages(customer.email(), shippedSubject(order), 2);
        Outbox.awaitDone(jdbc, Outbox.SHIPMENT_EMAILS, id);
        assertThat(TestMailServer.messagesTo(customer.email(), shippedSubject(order)).stream()
                .map(TestMailServer::text).filter(t -> t.contains("LEGACY-1"))).hasSize(1);
    }

    @Test
    void theStatusRouteShipsOneParcelPerLocationTheOrderIsReservedAt() {
        Sku mug = catalog.product("12.00", 10);
        Sku tea = catalog.product("8.00", 0);
        String east = location(10, Map.of(tea, 3));
        Account customer = accounts.register();
        JsonPath order = paidOrder(customer, lines(mug, 2, tea, 1));
        String id = order.getString("id");
        admin().get("/api/admin/orders/{id}", id).then()
                .body("reservations", hasSize(2))
                .body("reservations.find { it.sku == '" + mug.sku() + "' }.location", equalTo("main"))
                .body("reservations.find { it.sku == '" + mug.sku() + "' }.quantity", equalTo(2))
                .body("reservations.find { it.sku == '" + tea.sku() + "' }.location", equalTo(east))
                .body("reservations.find { it.sku == '" + tea.sku() + "' }.quantity", equalTo(1));

        move(id, Map.of("status", "processing")).statusCode(200);
        move(id, Map.of("status", "shipped", "trackingNumber", "BOTH-1")).statusCode(200)
                .body("status", equalTo("shipped"))
                .body("reservations", hasSize(0))
                .body("fulfilments.location", contains(east, "main"))
                .body("fulfilments.trackingNumber", contains("BOTH-1", "BOTH-1"))
                .body("fulfilments[0].items.sku", contains(tea.sku()))
                .body("fulfilments[1].items.sku", contains(mug.sku()))
                .body("fulfilments[1].items.quantity", contains(2));
        assertThat(onHand(tea, east)).isEqualTo(2);
        assertThat(onHand(mug, "main")).isEqualTo(8);

        List<MimeMessage> mails = TestMailServer.awaitMessages(customer.email(), shippedSubject(order), 2);
        Outbox.awaitDone(jdbc, Outbox.SHIPMENT_EMAILS, id);
        assertThat(TestMailServer.messagesTo(customer.email(), shippedSubject(order))).hasSize(2);
        assertThat(mails).allSatisfy(m -> assertThat(TestMailServer.text(m)).contains("BOTH-1"));
    }

    @Test
    void aGuestFollowsItsParcelWithItsToken() {
        Sku sku = catalog.product("9.00", 10);
        GuestOrders.Placed placed = GuestOrders.place(RestAssured.port, sku, GuestOrders.uniqueEmail("parcel"));
        payments.pay(placed.id(), given().header("X-Guest-Token", placed.guestToken()));
        move(placed.id(), Map.of("status", "processing")).statusCode(200);
        move(placed.id(), Map.of("status", "shipped", "trackingNumber", "GUEST-1")).statusCode(200);

        given().header("X-Guest-Token", placed.guestToken()).get("/api/orders/{id}", placed.id()).then()
                .statusCode(200)
                .body("status", equalTo("shipped"))
                .body("items[0].quantityShipped", equalTo(1))
                .body("fulfilments", hasSize(1))
                .body("fulfilments[0].trackingNumber", equalTo("GUEST-1"))
                .body("fulfilments[0].items[0].sku", equalTo(sku.sku()))
                .body("fulfilments[0].status", equalTo("shipped"));
        String subject = "Your order " + placed.orderNumber() + " has shipped";
        assertThat(TestMailServer.text(TestMailServer.awaitMessage(placed.email(), subject))).contains("GUEST-1");
    }
}
