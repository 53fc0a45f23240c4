package dev.comptoir.inventory;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.comptoir.support.Race;
import dev.comptoir.support.SystemTest;
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

/** Checkouts and transfers racing on levels spread over two locations, with real threads over HTTP. */
@SystemTest
class StockLevelRaceSystemTests {

    @Autowired
    TestCatalog catalog;
    @Autowired
    TestTokens tokens;
    @Autowired
    JdbcTemplate jdbc;

    private String location() {
        String code = "race-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(tokens.staff("inventory:manage")).contentType("application/json")
                .body(Map.of("code", code, "name", "Race " + code, "priority", 5))
                .post("/api/admin/stock-locations").then().statusCode(201);
        return code;
    }

    private Map<String, Integer> onHand(Sku sku) {
        Map<String, Integer> found = new java.util.TreeMap<>();
        jdbc.query("SELECT location_code, on_hand FROM stock_levels WHERE sku = ?",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> found.put(rs.getString(1), rs.getInt(2)),
                sku.sku());
        return found;
    }

    private int reserved(Sku sku) {
        return jdbc.queryForObject("SELECT sum(reserved) FROM stock_levels WHERE sku = ?", Integer.class, sku.sku());
    }

    @Test
    void fiftyBuyersForFiveUnitsSpreadOverTwoLocationsBuyExactlyFive() throws Exception {
        Sku sku = catalog.product("9.90", 50);
        String other = location();
        List<String> carts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            carts.add(StockLocationsSystemTests.cart(Map.of(sku, 1)));
        }
        // the carts were filled while 50 were in stock; now 3 are left at main and 2 elsewhere
        catalog.adjust(sku, "main", -47);
        catalog.adjust(sku, other, 2);

        List<Callable<Response>> checkouts = new ArrayList<>();
        carts.forEach(session -> checkouts.add(() -> StockLocationsSystemTests.order(session)));
        List<Response> responses = Race.all(checkouts);

        assertThat(responses.stream().filter(r -> r.statusCode() == 201).count()).isEqualTo(5);
        assertThat(responses.stream().filter(r -> r.statusCode() == 409
                && "insufficient_stock".equals(r.path("error"))).count()).isEqualTo(45);
        assertThat(onHand(sku)).isEqualTo(Map.of("main", 3, other, 2));
        assertThat(reserved(sku)).isEqualTo(5);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM stock_levels WHERE sku = ? AND reserved = on_hand",
                Integer.class, sku.sku())).isEqualTo(2);
        LevelChecks.assertLevelsAddUp(jdbc, sku.sku());
    }

    @Test
    void aTransferRacingCheckoutsLosesNoUnit() throws Exception {
        Sku sku = catalog.product("9.90", 10);
        String other = location();
        List<String> carts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            carts.add(StockLocationsSystemTests.cart(Map.of(sku, 1)));
        }
        String staff = tokens.staff("inventory:manage");
        List<Callable<Response>> work = new ArrayList<>();
        carts.forEach(session -> work.add(() -> StockLocationsSystemTests.order(session)));
        for (int i = 0; i < 8; i++) {
            String from = i % 2 == 0 ? "main" : other;
            String to = i % 2 == 0 ? other : "main";
            work.add(() -> given().auth().oauth2(staff).contentType("application/json")
                    .body(Map.of("sku", sku.sku(), "from", from, "to", to, "quantity", 2))
                    .post("/api/admin/inventory/transfers"));
        }
        List<Response> responses = Race.all(work);

        List<Response> orders = responses.subList(0, 12);
        List<Response> transfers = responses.subList(12, responses.size());
        // a transfer moves units, never takes any: the ten units sell, wherever they end up
        assertThat(orders.stream().filter(r -> r.statusCode() == 201).count()).isEqualTo(10);
        assertThat(orders.stream().filter(r -> r.statusCode() == 409).count()).isEqualTo(2);
        assertThat(transfers).allMatch(r -> r.statusCode() == 201 || r.statusCode() == 409
                && "insufficient_stock".equals(r.path("error")));
        assertThat(onHand(sku).values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(10);
        assertThat(reserved(sku)).isEqualTo(10);
        LevelChecks.assertLevelsAddUp(jdbc, sku.sku());
    }
}
