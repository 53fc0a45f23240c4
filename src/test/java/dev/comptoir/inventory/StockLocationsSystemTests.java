package dev.comptoir.inventory;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.comptoir.support.Contract;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestCatalog;
import dev.comptoir.support.TestCatalog.Sku;
import dev.comptoir.support.TestTokens;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Stock locations, levels per location, transfers, the CSV per location and where checkout reserves. */
@SystemTest
class StockLocationsSystemTests {

    static final Map<String, Object> ADDRESS = Map.of("firstName", "Ada", "lastName", "L", "line1", "1 rue",
            "city", "Paris", "postalCode", "75002", "country", "FR");

    @Autowired
    TestCatalog catalog;
    @Autowired
    TestTokens tokens;
    @Autowired
    JdbcTemplate jdbc;

    private final UUID adminId = UUID.randomUUID();

    private RequestSpecification staff() {
        return given().auth().oauth2(tokens.token(adminId, "staff", List.of("inventory:manage")))
                .contentType("application/json");
    }

    /** A new active location of that priority; returns its code. */
    String location(int priority) {
        String code = "wh-" + UUID.randomUUID().toString().substring(0, 8);
        staff().body(Map.of("code", code, "name", "Warehouse " + code, "priority", priority))
                .post("/api/admin/stock-locations").then().statusCode(201);
        return code;
    }

    private ValidatableResponse replace(String code, Map<String, Object> body) {
        return staff().body(body).put("/api/admin/stock-locations/{code}", code).then();
    }

    private int shown(Sku sku) {
        return jdbc.queryForObject("SELECT stock FROM products WHERE sku = ? UNION ALL "
                + "SELECT stock FROM product_variants WHERE sku = ?", Integer.class, sku.sku(), sku.sku());
    }

    /** A guest checkout of these lines. */
    static Response checkout(Map<Sku, Integer> lines) {
        return order(cart(lines));
    }

    /** A guest cart holding these lines; returns its session. */
    static String cart(Map<Sku, Integer> lines) {
        String session = "loc-" + UUID.randomUUID();
        lines.forEach((sku, quantity) -> given().header("X-Session-Id", session).contentType("application/json")
                .body(Map.of("productId", sku.productId(), "quantity", quantity)).post("/api/cart/items")
                .then().statusCode(200));
        return session;
    }

    static Response order(String session) {
        return given().header("X-Session-Id", session).contentType("application/json")
                .body(Map.of("email", session + "@example.com", "shippingAddress", ADDRESS)).post("/api/orders");
    }

    /** Where the order holds its units: "sku@location=quantity", in SKU then location order. */
    List<String> reservations(String orderId) {
        return jdbc.query("SELECT sku || '@' || location_code || '=' || quantity FROM stock_reservations "
                + "WHERE order_id = ?::uuid ORDER BY sku, location_code", (rs, i) -> rs.getString(1), orderId);
    }

    @Test
    void locationsAreCreatedListedReplacedAndDeletedWithTheirErrors() {
        String code = "shop-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> address = Map.of("line1", "3 quai Est", "city", "Lyon", "postalCode", "69002", "country",
                "FR");
        staff().body(Map.of("code", code, "name", "Lyon shop", "address", address, "priority", 5))
                .post("/api/admin/stock-locations").then().statusCode(201)
                .body("code", equalTo(code)).body("name", equalTo("Lyon shop"))
                .body("address.city", equalTo("Lyon")).body("address.line2", nullValue())
                .body("priority", equalTo(5)).body("active", equalTo(true))
                .body("createdAt", notNullValue()).body("updatedAt", notNullValue());
        staff().body(Map.of("code", code, "name", "Again")).post("/api/admin/stock-locations").then().statusCode(409)
                .body("error", equalTo("location_exists"));
        staff().filter(Contract.INVALID_REQUEST).body(Map.of("code", "Bad Code", "name", "x"))
                .post("/api/admin/stock-locations").then().statusCode(400).body("errors.field", contains("code"));
        staff().body(Map.of("name", "No code")).post("/api/admin/stock-locations").then().statusCode(400)
                .body("errors.field", contains("code"));
        staff().get("/api/admin/stock-locations").then().statusCode(200)
                .body("code", hasItem("main")).body("code", hasItem(code))
                .body("find { it.code == 'main' }.name", notNullValue());

        replace(code, Map.of("name", "Lyon Part-Dieu", "priority", 2, "active", false)).statusCode(200)
                .body("name", equalTo("Lyon Part-Dieu")).body("priority", equalTo(2)).body("active", equalTo(false))
                .body("address", nullValue());
        replace("nowhere-" + UUID.randomUUID().toString().substring(0, 4), Map.of("name", "x")).statusCode(404)
                .body("error", equalTo("location_not_found"));

        staff().delete("/api/admin/stock-locations/main").then().statusCode(409)
                .body("error", equalTo("default_location"));
        Sku sku = catalog.product("10.00", 0);
        catalog.adjust(sku, code, 2);
        staff().delete("/api/admin/stock-locations/{code}", code).then().statusCode(409)
                .body("error", equalTo("location_not_empty"));
        catalog.adjust(sku, code, -2);
        staff().delete("/api/admin/stock-locations/{code}", code).then().statusCode(204);
        staff().delete("/api/admin/stock-locations/{code}", code).then().statusCode(404)
                .body("error", equalTo("location_not_found"));
        // the ledger outlives the location and still adds up
        assertThat(jdbc.queryForObject("SELECT sum(delta) FROM stock_movements WHERE sku = ? AND location_code = ?",
                Integer.class, sku.sku(), code)).isZero();
        given().auth().oauth2(tokens.staff("orders:manage")).get("/api/admin/stock-locations").then().statusCode(403);
    }

    @Test
    void levelsAreListedPerLocationAndAdjustedAtOne() {
        Sku sku = catalog.product("10.00", 5);
        String code = location(10);
        staff().body(Map.of("sku", sku.sku(), "delta", 3, "reason", "restock", "location", code, "note", "delivery"))
                .post("/api/admin/inventory/adjustments").then().statusCode(201)
                .body("location", equalTo(code)).body("delta", equalTo(3)).body("stockAfter", equalTo(3))
                .body("reservedDelta", equalTo(0)).body("reservedAfter", equalTo(0)).body("note", equalTo("delivery"));
        staff().queryParam("sku", sku.sku()).get("/api/admin/inventory").then().statusCode(200)
                .body("data.sku", contains(sku.sku()))
                .body("data[0].stock", equalTo(8)).body("data[0].onHand", equalTo(8))
                .body("data[0].reserved", equalTo(0)).body("data[0].available", equalTo(8))
                .body("data[0].locations.location", containsInAnyOrder("main", code))
                .body("data[0].locations.find { it.location == '" + code + "' }.onHand", equalTo(3));
        staff().queryParam("sku", sku.sku()).queryParam("location", code).get("/api/admin/inventory").then()
                .body("data[0].onHand", equalTo(3)).body("data[0].locations.location", contains(code));
        staff().queryParam("location", "nowhere").get("/api/admin/inventory").then().statusCode(404)
                .body("error", equalTo("location_not_found"));

        String order = checkout(Map.of(sku, 6)).then().statusCode(201).extract().path("id");
        // main (priority 0) cannot serve 6 alone, nor can the other: split in priority order
        assertThat(reservations(order)).containsExactlyInAnyOrder(sku.sku() + "@" + code + "=1", sku.sku() + "@main=5");
        staff().body(Map.of("sku", sku.sku(), "delta", -3, "reason", "adjustment", "location", code))
                .post("/api/admin/inventory/adjustments").then().statusCode(409)
                .body("error", equalTo("insufficient_stock")).body("available", equalTo(2));
        staff().body(Map.of("sku", sku.sku(), "delta", 1, "reason", "restock", "location", "nowhere"))
                .post("/api/admin/inventory/adjustments").then().statusCode(404)
                .body("error", equalTo("location_not_found"));
        staff().queryParam("sku", sku.sku()).get("/api/admin/inventory").then()
                .body("data[0].stock", equalTo(2)).body("data[0].onHand", equalTo(8))
                .body("data[0].reserved", equalTo(6)).body("data[0].available", equalTo(2));
        staff().queryParam("sku", sku.sku()).queryParam("location", code).queryParam("reason", "reservation")
                .get("/api/admin/inventory/movements").then().statusCode(200)
                .body("data.reservedDelta", contains(1)).body("data[0].orderId", equalTo(order));
        LevelChecks.assertLevelsAddUp(jdbc, sku.sku());
    }

    @Test
    void aTransferMovesOnlyAvailableUnitsAndWritesTwoLines() {
        Sku sku = catalog.product("10.00", 6);
        String code = location(10);
        staff().body(Map.of("sku", sku.sku(), "from", "main", "to", code, "quantity", 4, "note", "rebalance"))
                .post("/api/admin/inventory/transfers").then().statusCode(201)
                .body("sku", equalTo(sku.sku())).body("from", equalTo("main")).body("to", equalTo(code))
                .body("quantity", equalTo(4)).body("note", equalTo("rebalance"))
                .body("movements.location", contains("main", code))
                .body("movements.delta", contains(-4, 4))
                .body("movements.reason", contains("transfer", "transfer"))
                .body("movements.stockAfter", contains(2, 4));
        assertThat(shown(sku)).isEqualTo(6);
        checkout(Map.of(sku, 2)).then().statusCode(201);
        // main's two are reserved now: none of them can move
        staff().body(Map.of("sku", sku.sku(), "from", "main", "to", code, "quantity", 1))
                .post("/api/admin/inventory/transfers").then().statusCode(409)
                .body("error", equalTo("insufficient_stock")).body("available", equalTo(0));
        staff().body(Map.of("sku", sku.sku(), "from", code, "to", code, "quantity", 1))
                .post("/api/admin/inventory/transfers").then().statusCode(400).body("error", equalTo("same_location"));
        staff().body(Map.of("sku", sku.sku(), "from", code, "to", "nowhere", "quantity", 1))
                .post("/api/admin/inventory/transfers").then().statusCode(404).body("error", equalTo("location_not_found"));
        staff().body(Map.of("sku", "NOPE-" + UUID.randomUUID(), "from", code, "to", "main", "quantity", 1))
                .post("/api/admin/inventory/transfers").then().statusCode(404).body("error", equalTo("sku_not_found"));
        staff().filter(Contract.INVALID_REQUEST).body(Map.of("sku", sku.sku(), "from", code, "to", "main", "quantity", 0))
                .post("/api/admin/inventory/transfers").then().statusCode(400).body("errors.field", contains("quantity"));
        staff().queryParam("sku", sku.sku()).queryParam("reason", "transfer").get("/api/admin/inventory/movements")
                .then().body("pagination.total", equalTo(2));
        LevelChecks.assertLevelsAddUp(jdbc, sku.sku());
    }

    @Test
    void theCsvHasALinePerLocationAndImportsPerLocation() {
        Sku sku = catalog.product("10.00", 5);
        String code = location(10);
        catalog.adjust(sku, code, 3);
        checkout(Map.of(sku, 2)).then().statusCode(201);
        String csv = staff().get("/api/admin/inventory/export").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        String name = "Test product " + sku.sku();
        assertThat(csv.lines().filter(l -> l.startsWith(sku.sku() + ","))).containsExactlyInAnyOrder(
                sku.sku() + "," + name + ",main,5,2,3", sku.sku() + "," + name + "," + code + ",3,0,3");

        importCsv("sku,stock,location\n" + sku.sku() + ",9," + code + "\n" + sku.sku() + ",4,\n").statusCode(200)
                .body("updated", equalTo(2));
        assertThat(jdbc.queryForList("SELECT location_code || '=' || on_hand FROM stock_levels WHERE sku = ? "
                + "ORDER BY location_code = 'main', location_code", String.class, sku.sku()))
                .containsExactly(code + "=9", "main=4");
        importCsv("sku,stock,location\n" + sku.sku() + ",1,main\n" + sku.sku() + ",1,nowhere\n" + sku.sku() + ",2,"
                + code + "\n" + sku.sku() + ",3," + code + "\n").statusCode(400)
                .body("errors.line", contains(2, 3, 5))
                .body("errors.field", contains("stock", "location", "sku"))
                .body("errors[0].message", equalTo("is below the 2 unit(s) reserved by orders at main"));
        assertThat(shown(sku)).isEqualTo(11);
        LevelChecks.assertLevelsAddUp(jdbc, sku.sku());
    }

    private ValidatableResponse importCsv(String csv) {
        return given().auth().oauth2(tokens.token(adminId, "staff", List.of("inventory:manage")))
                .contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/admin/inventory/import").then();
    }

    @Test
    void oneLocationServingTheWholeOrderBeatsAHigherPriorityOneThatWouldNeedTwoParcels() {
        Sku a = catalog.product("10.00", 0);
        Sku b = catalog.product("12.00", 0);
        String first = location(1);
        String whole = location(5);
        catalog.adjust(a, first, 5);
        catalog.adjust(a, whole, 1);
        catalog.adjust(b, whole, 1);
        Map<Sku, Integer> lines = new LinkedHashMap<>();
        lines.put(a, 1);
        lines.put(b, 1);
        String order = checkout(lines).then().statusCode(201).extract().path("id");
        assertThat(reservations(order)).containsExactlyInAnyOrder(a.sku() + "@" + whole + "=1",
                b.sku() + "@" + whole + "=1");

        // no location holds all three: the one serving most lines in full first (two of them, though
        // its priority comes later), then the last line where it is
        Sku c = catalog.product("8.00", 0);
        String pair = location(9);
        catalog.adjust(b, pair, 1);
        catalog.adjust(c, pair, 1);
        Map<Sku, Integer> three = new LinkedHashMap<>();
        three.put(a, 2);
        three.put(b, 1);
        three.put(c, 1);
        String second = checkout(three).then().statusCode(201).extract().path("id");
        assertThat(reservations(second)).containsExactlyInAnyOrder(a.sku() + "@" + first + "=2",
                b.sku() + "@" + pair + "=1", c.sku() + "@" + pair + "=1");
    }

    @Test
    void aLineNoLocationHoldsIsSplitInPriorityOrderAndShortInTotalIsRefused() {
        Sku sku = catalog.product("10.00", 0);
        String low = location(7);
        String high = location(3);
        catalog.adjust(sku, low, 2);
        catalog.adjust(sku, high, 2);
        String tooMany = cart(Map.of(sku, 4));
        String order = checkout(Map.of(sku, 3)).then().statusCode(201).extract().path("id");
        assertThat(reservations(order)).containsExactlyInAnyOrder(sku.sku() + "@" + high + "=2",
                sku.sku() + "@" + low + "=1");
        // the cart was filled while 4 were available; one is left over both locations
        order(tooMany).then().statusCode(409).body("error", equalTo("insufficient_stock"))
                .body("available", equalTo(1)).body("requested", equalTo(4));
        LevelChecks.assertLevelsAddUp(jdbc, sku.sku());
    }

    @Test
    void anInactiveLocationKeepsItsStockButNeitherSellsNorCountsIt() {
        Sku sku = catalog.product("10.00", 0);
        String code = location(4);
        catalog.adjust(sku, code, 4);
        assertThat(shown(sku)).isEqualTo(4);
        String filled = cart(Map.of(sku, 1));
        replace(code, Map.of("name", "Closed for inventory", "priority", 4, "active", false)).statusCode(200);
        assertThat(shown(sku)).isZero();
        given().get("/api/products/{id}", sku.productId()).then().body("stockStatus", equalTo("out_of_stock"));
        order(filled).then().statusCode(409).body("error", equalTo("insufficient_stock"))
                .body("available", equalTo(0));
        staff().queryParam("sku", sku.sku()).get("/api/admin/inventory").then()
                .body("data[0].stock", equalTo(0)).body("data[0].onHand", equalTo(4));
        replace(code, Map.of("name", "Open again", "priority", 4)).statusCode(200).body("active", equalTo(true));
        assertThat(shown(sku)).isEqualTo(4);
        checkout(Map.of(sku, 1)).then().statusCode(201);
        LevelChecks.assertLevelsAddUp(jdbc, sku.sku());
    }
}
