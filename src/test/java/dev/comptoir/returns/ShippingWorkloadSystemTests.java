package dev.comptoir.returns;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.comptoir.inventory.LevelChecks;
import dev.comptoir.returns.ReturnFixtures.Delivered;
import dev.comptoir.support.Race;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestCatalog;
import dev.comptoir.support.TestCatalog.Sku;
import dev.comptoir.support.TestTokens;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole stock life of one SKU at two locations under one burst of real threads over HTTP: new
 * checkouts, customers cancelling, parcels leaving, returns received (resellable and damaged),
 * transfers and adjustments. Whatever the interleaving, every level equals the sum of its ledger
 * lines per location, what is reserved is what the orders still hold, and no order holds a reservation
 * once it is cancelled or fully shipped.
 */
@SystemTest
class ShippingWorkloadSystemTests {

    @Autowired
    TestCatalog catalog;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestTokens tokens;
    @Autowired
    ReturnFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    private static final Map<String, Object> ADDRESS = Map.of("firstName", "Ada", "lastName", "Lovelace", "line1",
            "12 rue de la Paix", "city", "Paris", "postalCode", "75002", "country", "FR");

    private String location(String staff) {
        String code = "wl-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(staff).contentType("application/json")
                .body(Map.of("code", code, "name", "Workload " + code, "priority", 5))
                .post("/api/admin/stock-locations").then().statusCode(201);
        return code;
    }

    /** A customer with one unit of the SKU in their cart, ready to check out. */
    private String customerWithCart(Sku sku) {
        String token = accounts.register().accessToken();
        given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("productId", sku.productId(), "quantity", 1)).post("/api/cart/items")
                .then().statusCode(200);
        return token;
    }

    /** A customer's pending (unpaid) order of one unit: its id and the customer's token. */
    private String[] pendingOrder(Sku sku) {
        String token = customerWithCart(sku);
        String id = given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("shippingAddress", ADDRESS)).post("/api/orders")
                .then().statusCode(201).extract().path("id");
        return new String[] {id, token};
    }

    @Test
    void everyLevelAddsUpAfterCheckoutsCancellationsParcelsReturnsTransfersAndAdjustments() throws Exception {
        String inventory = tokens.staff("inventory:manage");
        Sku sku = catalog.product("15.00", 40);
        String second = location(inventory);
        catalog.adjust(sku, second, 20);

        // before the burst: returns approved and waiting at the dock, paid orders waiting for their
        // parcel, unpaid orders their customers will cancel, and customers with a full cart
        List<String[]> approved = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Delivered order = fixtures.deliveredOrder(sku, 2);
            String returnId = fixtures.requestReturn(order, 2).then().statusCode(201).extract().path("id");
            fixtures.approve(returnId).then().statusCode(200);
            approved.add(new String[] {returnId, order.item()});
        }
        List<Delivered> paid = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            paid.add(fixtures.paidOrder(sku, 1));
        }
        List<String[]> pending = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            pending.add(pendingOrder(sku));
        }
        List<String> buyers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            buyers.add(customerWithCart(sku));
        }

        List<Callable<Response>> work = new ArrayList<>();
        buyers.forEach(token -> work.add(() -> given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("shippingAddress", ADDRESS)).post("/api/orders")));
        pending.forEach(o -> work.add(() -> given().auth().oauth2(o[1]).post("/api/orders/{id}/cancel", o[0])));
        for (Delivered order : paid) {
            String reserved = jdbc.queryForObject("SELECT min(location_code) FROM stock_reservations "
                    + "WHERE order_id = ?::uuid", String.class, order.id());
            work.add(() -> fixtures.staff().contentType("application/json")
                    .body(Map.of("location", reserved, "items", List.of(Map.of("orderItemId", order.item(),
                            "quantity", 1)), "carrier", "La Poste", "trackingNumber", "WL-" + order.orderNumber()))
                    .post("/api/admin/orders/{id}/fulfilments", order.id()));
        }
        for (int i = 0; i < approved.size(); i++) {
            String[] r = approved.get(i);
            String condition = i % 2 == 0 ? "resellable" : "damaged";
            String at = i < 2 ? "main" : second;
            work.add(() -> fixtures.staff().contentType("application/json")
                    .body(Map.of("items", List.of(Map.of("orderItemId", r[1], "quantity", 2, "condition", condition,
                            "location", at))))
                    .post("/api/admin/returns/{id}/receive", r[0]));
        }
        for (int i = 0; i < 4; i++) {
            String from = i % 2 == 0 ? "main" : second;
            String to = i % 2 == 0 ? second : "main";
            work.add(() -> given().auth().oauth2(inventory).contentType("application/json")
                    .body(Map.of("sku", sku.sku(), "from", from, "to", to, "quantity", 3, "note", "rebalance"))
                    .post("/api/admin/inventory/transfers"));
        }
        for (int i = 0; i < 4; i++) {
            int delta = i % 2 == 0 ? 2 : -1;
            String at = i < 2 ? "main" : second;
            work.add(() -> given().auth().oauth2(inventory).contentType("application/json")
                    .body(Map.of("sku", sku.sku(), "delta", delta, "reason", "adjustment", "location", at))
                    .post("/api/admin/inventory/adjustments"));
        }
        List<Response> responses = Race.all(work);

        // there is stock enough for everything: every operation of the burst succeeds
        assertThat(responses).extracting(Response::statusCode)
                .containsExactly(201, 201, 201, 201, 201, 201, 201, 201,
                        200, 200, 200, 200,
                        201, 201, 201, 201,
                        200, 200, 200, 200,
                        201, 201, 201, 201,
                        201, 201, 201, 201);
        LevelChecks.assertLevelsAddUp(jdbc, sku.sku());
        for (String[] o : pending) {
            assertThat(heldBy(o[0])).as("a cancelled order holds nothing").isZero();
        }
        for (Delivered order : paid) {
            assertThat(heldBy(order.id())).as("a shipped order holds nothing").isZero();
        }
        // on hand: 40 + 20 − 4 shipped + 4 resellable returned (2 × 2) + 2 adjustments of +2 and 2 of −1
        assertThat(jdbc.queryForObject("SELECT sum(on_hand) FROM stock_levels WHERE sku = ?", Integer.class, sku.sku()))
                .isEqualTo(40 + 20 - 8 - 4 + 4 + 2);
        // reserved: the 8 new orders (each unit still to ship)
        assertThat(jdbc.queryForObject("SELECT sum(reserved) FROM stock_levels WHERE sku = ?", Integer.class, sku.sku()))
                .isEqualTo(8);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM stock_movements WHERE sku = ? AND reason = 'write_off'",
                Integer.class, sku.sku())).isEqualTo(2);
    }

    @Test
    void aCancellationRacingTheParcelOfTheSameUnitsLetsExactlyOneThrough() throws Exception {
        Sku sku = catalog.product("15.00", 10);
        for (int round = 0; round < 3; round++) {
            Delivered order = fixtures.paidOrder(sku, 2);
            List<Response> responses = Race.all(List.of(
                    () -> order.customer().post("/api/orders/{id}/cancel", order.id()),
                    () -> fixtures.staff().contentType("application/json")
                            .body(Map.of("location", "main", "items", List.of(Map.of("orderItemId", order.item(),
                                    "quantity", 2)), "trackingNumber", "RACE-" + order.orderNumber()))
                            .post("/api/admin/orders/{id}/fulfilments", order.id())));
            Response cancel = responses.get(0);
            Response parcel = responses.get(1);
            // the order row is locked by both: one goes first, the other finds the order moved on
            assertThat(List.of(cancel.statusCode(), parcel.statusCode())).containsAnyOf(200, 201)
                    .containsAnyOf(409);
            String status = order.customer().get("/api/orders/{id}", order.id()).then().statusCode(200)
                    .extract().path("status");
            assertThat(status).isEqualTo(cancel.statusCode() == 200 ? "cancelled" : "shipped");
            assertThat(heldBy(order.id())).isZero();
            assertThat(jdbc.queryForObject("SELECT coalesce(-sum(delta), 0) FROM stock_movements "
                    + "WHERE order_id = ?::uuid AND reason = 'sale'", Integer.class, order.id()))
                    .isEqualTo(cancel.statusCode() == 200 ? 0 : 2);
        }
        LevelChecks.assertLevelsAddUp(jdbc, sku.sku());
    }

    @Test
    void aReturnRacingCancellationsOfTheDeliveredOrderIsTheOnlyOneThrough() throws Exception {
        Delivered order = fixtures.deliveredOrder("20.00", 2);
        List<Response> responses = Race.all(List.of(
                () -> fixtures.requestReturn(order, 2),
                () -> order.customer().post("/api/orders/{id}/cancel", order.id()),
                () -> fixtures.staff().contentType("application/json").body(Map.of("status", "cancelled"))
                        .post("/api/admin/orders/{id}/status", order.id())));

        assertThat(responses.get(0).statusCode()).isEqualTo(201);
        assertThat(responses.get(1).statusCode()).isEqualTo(409);
        assertThat(responses.get(2).statusCode()).isEqualTo(409);
        assertThat((String) order.customer().get("/api/orders/{id}", order.id()).path("status")).isEqualTo("delivered");
        LevelChecks.assertLevelsAddUp(jdbc, order.sku().sku());
    }

    private int heldBy(String orderId) {
        return jdbc.queryForObject("SELECT coalesce(sum(quantity), 0) FROM stock_reservations WHERE order_id = ?::uuid",
                Integer.class, orderId);
    }
}
