package dev.comptoir.inventory;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.comptoir.inventory.InventoryService.Reservation;
import dev.comptoir.inventory.InventoryService.StockLine;
import dev.comptoir.shared.error.ApiException;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestCatalog;
import dev.comptoir.support.TestCatalog.Sku;
import dev.comptoir.support.TestTokens;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The façade orders and returns call: ship, receive, legacy orders and deleted variants, on the real database. */
@SystemTest
class InventoryServiceSystemTests {

    @Autowired
    InventoryService inventory;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    TestCatalog catalog;
    @Autowired
    TestTokens tokens;
    @Autowired
    JdbcTemplate jdbc;

    private String location(int priority) {
        String code = "svc-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(tokens.staff("inventory:manage")).contentType("application/json")
                .body(Map.of("code", code, "name", "Depot " + code, "priority", priority))
                .post("/api/admin/stock-locations").then().statusCode(201);
        return code;
    }

    private String level(Sku sku, String location) {
        return jdbc.queryForObject("SELECT on_hand || '/' || reserved FROM stock_levels WHERE sku = ? "
                + "AND location_code = ?", String.class, sku.sku(), location);
    }

    private void inTransaction(Runnable action) {
        transaction.executeWithoutResult(tx -> action.run());
    }

    @Test
    void shippingConsumesTheReservationsAtTheParcelsLocationAndMovesThoseHeldElsewhere() {
        Sku sku = catalog.product("10.00", 2);
        String depot = location(5);
        catalog.adjust(sku, depot, 3);
        UUID order = UUID.randomUUID();
        List<Reservation> planned = transaction.execute(tx -> inventory.reserve(order,
                List.of(new StockLine(sku.sku(), 4)), "checkout"));
        assertThat(planned).containsExactlyInAnyOrder(new Reservation(sku.sku(), "main", 2),
                new Reservation(sku.sku(), depot, 2));

        // four from the depot: it holds two for the order and has one more available
        assertThatThrownBy(() -> inTransaction(() -> inventory.ship(order, depot, List.of(new StockLine(sku.sku(), 4)),
                "staff"))).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.getMessage()).startsWith("Only 1 left"));
        inTransaction(() -> inventory.ship(order, depot, List.of(new StockLine(sku.sku(), 3)), "staff"));
        assertThat(level(sku, depot)).isEqualTo("0/0");
        assertThat(level(sku, "main")).isEqualTo("2/1");
        assertThat(inventory.reservations(order)).containsExactly(new Reservation(sku.sku(), "main", 1));

        inTransaction(() -> inventory.ship(order, "main", List.of(new StockLine(sku.sku(), 1)), "staff"));
        assertThat(level(sku, "main")).isEqualTo("1/0");
        assertThat(inventory.reservations(order)).isEmpty();
        assertThat(jdbc.queryForList("SELECT reason || ':' || location_code || ':' || delta || ':' || reserved_delta "
                + "FROM stock_movements WHERE order_id = ? ORDER BY id", String.class, order)).containsExactly(
                "reservation:main:0:2", "reservation:" + depot + ":0:2",
                "reservation:" + depot + ":0:1", "reservation:main:0:-1", "sale:" + depot + ":-3:-3",
                "sale:main:-1:-1");
        assertThatThrownBy(() -> inTransaction(() -> inventory.ship(order, "nowhere",
                List.of(new StockLine(sku.sku(), 1)), "staff"))).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.code()).isEqualTo("location_not_found"));
        LevelChecks.assertLevelsAddUp(jdbc, sku.sku());
    }

    @Test
    void returnedGoodsGoBackOnHandOrAreWrittenOffRightAfter() {
        Sku sku = catalog.product("10.00", 1);
        String depot = location(5);
        UUID order = UUID.randomUUID();
        inTransaction(() -> inventory.receive(order, depot, new StockLine(sku.sku(), 2), true, "staff"));
        inTransaction(() -> inventory.receive(order, depot, new StockLine(sku.sku(), 1), false, "staff"));
        assertThat(level(sku, depot)).isEqualTo("2/0");
        assertThat(jdbc.queryForList("SELECT reason || ':' || delta FROM stock_movements WHERE order_id = ? ORDER BY id",
                String.class, order)).containsExactly("return:2", "return:1", "write_off:-1");
        assertThat(jdbc.queryForObject("SELECT stock FROM products WHERE id = ?", Integer.class, sku.productId()))
                .isEqualTo(3);
        LevelChecks.assertLevelsAddUp(jdbc, sku.sku());
    }

    @Test
    void anOrderPlacedBeforeLevelsGetsItsUnitsBackOnHandAtMainAndShipsNothing() {
        Sku sku = catalog.product("10.00", 5);
        UUID legacy = UUID.randomUUID();
        // as checkout did before V24: on hand taken at once, a sale line, no reservation
        jdbc.update("UPDATE stock_levels SET on_hand = on_hand - 2 WHERE sku = ? AND location_code = 'main'", sku.sku());
        jdbc.update("UPDATE products SET stock = stock - 2 WHERE id = ?", sku.productId());
        jdbc.update("INSERT INTO stock_movements (sku, location_code, product_id, delta, stock_after, reason, order_id, "
                + "actor) VALUES (?, 'main', ?, -2, 3, 'sale', ?, 'checkout')", sku.sku(), sku.productId(), legacy);

        inTransaction(() -> inventory.ship(legacy, "main", List.of(new StockLine(sku.sku(), 2)), "staff"));
        assertThat(level(sku, "main")).isEqualTo("3/0");
        inTransaction(() -> inventory.release(legacy, "cancellation", "customer"));
        assertThat(level(sku, "main")).isEqualTo("5/0");
        assertThat(jdbc.queryForObject("SELECT stock FROM products WHERE id = ?", Integer.class, sku.productId()))
                .isEqualTo(5);
        // released once: a second cancellation finds nothing to put back
        inTransaction(() -> inventory.release(legacy, "cancellation", "customer"));
        assertThat(level(sku, "main")).isEqualTo("5/0");
        LevelChecks.assertLevelsAddUp(jdbc, sku.sku());
    }

    @Test
    void aDeletedVariantKeepsOnHandWhatOrdersHoldSoTheyCanStillShip() {
        Sku sku = catalog.variantProduct("10.00", null, 5);
        UUID order = UUID.randomUUID();
        inTransaction(() -> inventory.reserve(order, List.of(new StockLine(sku.sku(), 2)), "checkout"));
        given().auth().oauth2(tokens.admin()).delete("/api/products/{id}/variants/{variantId}", sku.productId(),
                sku.variantId()).then().statusCode(200);
        assertThat(level(sku, "main")).isEqualTo("2/2");
        inTransaction(() -> inventory.ship(order, "main", List.of(new StockLine(sku.sku(), 2)), "staff"));
        assertThat(level(sku, "main")).isEqualTo("0/0");
        assertThat(jdbc.queryForObject("SELECT sum(delta) FROM stock_movements WHERE sku = ?", Integer.class,
                sku.sku())).isZero();
    }

    @Test
    void aProductWriteCannotCountBelowWhatOrdersHoldAtMain() {
        Sku sku = catalog.product("10.00", 5);
        inTransaction(() -> inventory.reserve(UUID.randomUUID(), List.of(new StockLine(sku.sku(), 3)), "checkout"));
        given().auth().oauth2(tokens.admin()).contentType("application/json").body(Map.of("stock", 1))
                .patch("/api/products/{id}", sku.productId()).then().statusCode(409)
                .body("error", org.hamcrest.Matchers.equalTo("insufficient_stock"));
        // 4 on hand: 1 left to sell
        given().auth().oauth2(tokens.admin()).contentType("application/json").body(Map.of("stock", 4))
                .patch("/api/products/{id}", sku.productId()).then().statusCode(200)
                .body("stock", org.hamcrest.Matchers.equalTo(1));
        assertThat(level(sku, "main")).isEqualTo("4/3");
        LevelChecks.assertLevelsAddUp(jdbc, sku.sku());
    }
}
