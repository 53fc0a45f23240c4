package dev.comptoir.inventory;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.comptoir.support.Contract;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestCatalog.Sku;
import dev.comptoir.support.TestCatalog;
import dev.comptoir.support.TestTokens;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@SystemTest
class InventoryAdminSystemTests {

    @Autowired
    TestCatalog catalog;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestTokens tokens;
    @Autowired
    JdbcTemplate jdbc;

    private final UUID adminId = UUID.randomUUID();

    private RequestSpecification staff() {
        return given().auth().oauth2(tokens.token(adminId, "staff", List.of("inventory:manage")));
    }

    private int stockOf(String sku) {
        return jdbc.queryForObject("SELECT stock FROM products WHERE sku = ? UNION ALL "
                + "SELECT stock FROM product_variants WHERE sku = ?", Integer.class, sku, sku);
    }

    /** An adjustment that breaks the contract on purpose, to check the 400 it gets. */
    private io.restassured.response.ValidatableResponse invalidAdjust(Map<String, Object> body) {
        return staff().filter(Contract.INVALID_REQUEST).contentType("application/json").body(body)
                .post("/api/admin/inventory/adjustments").then();
    }

    private io.restassured.response.ValidatableResponse adjust(Map<String, Object> body) {
        return staff().contentType("application/json").body(body).post("/api/admin/inventory/adjustments").then();
    }

    private io.restassured.response.ValidatableResponse importCsv(String csv) {
        return staff().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/admin/inventory/import").then();
    }

    @Test
    void stockIsListedPerSellableSkuWithLowAndOutOfStockFilters() {
        Sku plenty = catalog.product("10.00", 40);
        Sku few = catalog.product("10.00", 3);
        Sku none = catalog.variantProduct("10.00", null, 0);
        staff().queryParam("q", plenty.sku().toLowerCase()).get("/api/admin/inventory").then().statusCode(200)
                .body("data.sku", contains(plenty.sku()))
                .body("data[0].stock", equalTo(40))
                .body("data[0].productId", equalTo(plenty.productId().toString()))
                .body("data[0].name", equalTo("Test product " + plenty.sku()))
                .body("data[0].stockStatus", equalTo("in_stock"))
                .body("data[0].active", equalTo(true))
                .body("pagination.total", equalTo(1));
        // a product with variants is listed through its variant SKUs only
        String base = none.sku().substring(0, none.sku().length() - 2);
        staff().queryParam("q", base).get("/api/admin/inventory").then()
                .body("data.sku", contains(none.sku()))
                .body("data[0].variantId", equalTo(none.variantId().toString()))
                .body("data[0].stockStatus", equalTo("out_of_stock"));
        staff().queryParam("lowStock", true).queryParam("threshold", 5).queryParam("limit", 100)
                .get("/api/admin/inventory").then().statusCode(200)
                .body("data.stock", everyItem(lessThanOrEqualTo(5)));
        staff().queryParam("lowStock", true).queryParam("q", few.sku()).get("/api/admin/inventory").then()
                .body("data.sku", contains(few.sku())).body("data[0].stockStatus", equalTo("low_stock"));
        staff().queryParam("lowStock", true).queryParam("threshold", 2).queryParam("q", few.sku())
                .get("/api/admin/inventory").then().body("pagination.total", equalTo(0));
        staff().queryParam("outOfStock", true).queryParam("q", few.sku()).get("/api/admin/inventory").then()
                .body("pagination.total", equalTo(0));
        staff().queryParam("outOfStock", true).queryParam("q", none.sku()).get("/api/admin/inventory").then()
                .body("data.sku", contains(none.sku()));
        staff().filter(Contract.INVALID_REQUEST).queryParam("threshold", -1).queryParam("lowStock", true).get("/api/admin/inventory").then()
                .statusCode(400).body("errors.field", contains("threshold"));
        staff().filter(Contract.INVALID_REQUEST).queryParam("lowStock", "often").get("/api/admin/inventory").then().statusCode(400);
        staff().filter(Contract.INVALID_REQUEST).queryParam("limit", 0).get("/api/admin/inventory").then().statusCode(400)
                .body("errors.field", contains("limit"));
    }

    @Test
    void anAdjustmentMovesStockWritesTheLedgerWithItsNoteAndNeverGoesBelowZero() {
        Sku sku = catalog.product("10.00", 5);
        adjust(Map.of("sku", sku.sku(), "delta", 7, "reason", "restock", "note", "supplier delivery 42"))
                .statusCode(201)
                .body("sku", equalTo(sku.sku()))
                .body("delta", equalTo(7))
                .body("stockAfter", equalTo(12))
                .body("reason", equalTo("restock"))
                .body("actor", equalTo("admin:" + adminId))
                .body("note", equalTo("supplier delivery 42"))
                .body("id", notNullValue())
                .body("at", notNullValue());
        adjust(Map.of("sku", sku.sku(), "delta", -2, "reason", "return")).statusCode(201)
                .body("delta", equalTo(-2)).body("stockAfter", equalTo(10)).body("note", nullValue());
        adjust(Map.of("sku", sku.sku(), "delta", -11, "reason", "adjustment")).statusCode(409)
                .body("error", equalTo("insufficient_stock")).body("available", equalTo(10));
        assertThat(stockOf(sku.sku())).isEqualTo(10);
        adjust(Map.of("sku", sku.sku(), "delta", -10, "reason", "adjustment")).statusCode(201)
                .body("stockAfter", equalTo(0));

        adjust(Map.of("sku", "NOPE-" + UUID.randomUUID(), "delta", 1, "reason", "restock")).statusCode(404)
                .body("error", equalTo("sku_not_found"));
        adjust(Map.of("sku", "NOPE-" + UUID.randomUUID(), "delta", -1, "reason", "restock")).statusCode(404);
        invalidAdjust(Map.of("sku", sku.sku(), "delta", 0, "reason", "restock")).statusCode(400)
                .body("errors.field", contains("delta"));
        invalidAdjust(Map.of("sku", sku.sku(), "delta", 1, "reason", "sale")).statusCode(400)
                .body("errors.field", contains("reason"));
        invalidAdjust(Map.of("sku", sku.sku(), "reason", "restock")).statusCode(400).body("errors.field", contains("delta"));
        invalidAdjust(Map.of("sku", sku.sku(), "delta", "many", "reason", "restock")).statusCode(400);
        assertThat(stockOf(sku.sku())).isZero();
        assertThat(jdbc.queryForObject("SELECT sum(delta) FROM stock_movements WHERE sku = ?", Integer.class,
                sku.sku())).isZero();
    }

    @Test
    void theLedgerIsListedNewestFirstAndFilteredBySkuReasonOrderAndDate() {
        Sku sku = catalog.product("10.00", 5);
        adjust(Map.of("sku", sku.sku(), "delta", 3, "reason", "restock")).statusCode(201);
        adjust(Map.of("sku", sku.sku(), "delta", -1, "reason", "adjustment")).statusCode(201);
        staff().queryParam("sku", sku.sku()).get("/api/admin/inventory/movements").then().statusCode(200)
                .body("data.delta", contains(-1, 3, 5))
                .body("data.reason", contains("adjustment", "restock", "restock"))
                .body("pagination.total", equalTo(3));
        staff().queryParam("sku", sku.sku()).queryParam("reason", "adjustment")
                .get("/api/admin/inventory/movements").then().body("data.delta", contains(-1));
        staff().queryParam("sku", sku.sku()).queryParam("from", "2000-01-01").queryParam("to", "2000-12-31")
                .get("/api/admin/inventory/movements").then().body("pagination.total", equalTo(0));
        staff().queryParam("sku", sku.sku()).queryParam("from", java.time.Instant.now().minusSeconds(3600).toString())
                .get("/api/admin/inventory/movements").then().body("pagination.total", equalTo(3));

        TestAccounts.Account customer = accounts.register();
        given().auth().oauth2(customer.accessToken()).contentType("application/json")
                .body(Map.of("productId", sku.productId(), "quantity", 2)).post("/api/cart/items").then().statusCode(200);
        String orderId = given().auth().oauth2(customer.accessToken()).contentType("application/json")
                .body(Map.of("shippingAddress", Map.of("firstName", "Ada", "lastName", "L", "line1", "1 rue", "city",
                        "Paris", "postalCode", "75002", "country", "FR")))
                .post("/api/orders").then().statusCode(201).extract().path("id");
        staff().queryParam("orderId", orderId).get("/api/admin/inventory/movements").then()
                .body("data.sku", contains(sku.sku())).body("data[0].delta", equalTo(0))
                .body("data[0].reason", equalTo("reservation")).body("data[0].stockAfter", equalTo(7))
                .body("data[0].reservedDelta", equalTo(2)).body("data[0].reservedAfter", equalTo(2))
                .body("data[0].location", equalTo("main"));
        // the storefront sells what is available: 7 on hand less the 2 reserved
        assertThat(stockOf(sku.sku())).isEqualTo(5);

        staff().filter(Contract.INVALID_REQUEST).queryParam("reason", "theft").get("/api/admin/inventory/movements").then().statusCode(400)
                .body("errors.field", contains("reason"));
        staff().filter(Contract.INVALID_REQUEST).queryParam("orderId", "not-a-uuid").get("/api/admin/inventory/movements").then().statusCode(400);
        staff().filter(Contract.INVALID_REQUEST).queryParam("from", "2026-99-01").get("/api/admin/inventory/movements").then().statusCode(400)
                .body("errors.field", contains("from"));
        staff().queryParam("from", "2026-02-01").queryParam("to", "2026-01-01")
                .get("/api/admin/inventory/movements").then().statusCode(400).body("errors.field", contains("from"));
    }

    @Test
    void stockLevelsExportAsCsv() {
        Sku sku = catalog.product("10.00", 17);
        String csv = staff().get("/api/admin/inventory/export").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertThat(csv.lines().findFirst()).contains("sku,name,location,stock,reserved,available");
        assertThat(csv.lines()).contains(sku.sku() + ",Test product " + sku.sku() + ",main,17,0,17");
    }

    @Test
    void anExportedNameThatLooksLikeAFormulaIsWrittenAsTextAndTheFileImportsBack() {
        String sku = "F-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(tokens.admin()).contentType("application/json")
                .body(Map.of("name", "-2+3+cmd|' /C calc'!A0", "price", new BigDecimal("3.00"), "sku", sku, "stock", 4))
                .post("/api/products").then().statusCode(201);
        String csv = staff().get("/api/admin/inventory/export").then().statusCode(200).extract().asString();
        String line = csv.lines().filter(l -> l.startsWith(sku + ",")).findFirst().orElseThrow();
        assertThat(line).isEqualTo(sku + ",'-2+3+cmd|' /C calc'!A0,main,4,0,4");

        importCsv("sku,name,location,stock,reserved,available\n" + line.replace(",main,4,", ",main,9,") + "\n")
                .statusCode(200)
                .body("updated", equalTo(1));
        assertThat(stockOf(sku)).isEqualTo(9);
    }

    @Test
    void aCsvImportSetsAbsoluteStockInOneGoAndReportsWhatChanged() {
        Sku a = catalog.product("10.00", 5);
        Sku b = catalog.product("10.00", 8);
        Sku v = catalog.variantProduct("10.00", null, 2);
        importCsv("sku,name,stock\n" + a.sku() + ",ignored,12\n" + b.sku() + ",,8\n\n" + v.sku() + ",x,0\n")
                .statusCode(200).body("updated", equalTo(2)).body("unchanged", equalTo(1));
        assertThat(stockOf(a.sku())).isEqualTo(12);
        assertThat(stockOf(b.sku())).isEqualTo(8);
        assertThat(stockOf(v.sku())).isZero();
        staff().queryParam("sku", a.sku()).get("/api/admin/inventory/movements").then()
                .body("data[0].delta", equalTo(7)).body("data[0].reason", equalTo("adjustment"))
                .body("data[0].actor", equalTo("admin:" + adminId));

        staff().multiPart("file", "stock.csv", ("stock,sku\r\n3," + a.sku() + "\r\n").getBytes(StandardCharsets.UTF_8),
                "text/csv").post("/api/admin/inventory/import").then().statusCode(200)
                .body("updated", equalTo(1)).body("unchanged", equalTo(0));
        assertThat(stockOf(a.sku())).isEqualTo(3);
        for (Sku sku : List.of(a, b, v)) {
            assertThat(jdbc.queryForObject("SELECT sum(delta) FROM stock_movements WHERE sku = ?", Integer.class,
                    sku.sku())).isEqualTo(stockOf(sku.sku()));
        }
    }

    @Test
    void aCsvWithAnyBadLineIsRefusedLineByLineAndChangesNothing() {
        Sku a = catalog.product("10.00", 5);
        Sku b = catalog.product("10.00", 6);
        String unknown = "NOPE-" + UUID.randomUUID();
        String csv = String.join("\n", "sku,stock", a.sku() + ",50", unknown + ",3", b.sku() + ",-1",
                b.sku() + ",2.5", a.sku() + ",7", ",4", b.sku() + ",") + "\n";
        importCsv(csv).statusCode(400)
                .body("error", equalTo("invalid_data"))
                .body("errors.line", contains(3, 4, 5, 5, 6, 7, 8, 8))
                .body("errors.field", contains("sku", "stock", "sku", "stock", "sku", "sku", "sku", "stock"))
                .body("errors[0].message", equalTo("no product or variant sells this SKU"))
                .body("errors[1].message", equalTo("must not be negative"))
                .body("errors[2].message", equalTo("duplicates line 4"))
                .body("errors[3].message", equalTo("must be a whole number"))
                .body("errors[4].message", equalTo("duplicates line 2"))
                .body("errors[5].message", equalTo("is required"));
        assertThat(stockOf(a.sku())).isEqualTo(5);
        assertThat(stockOf(b.sku())).isEqualTo(6);

        importCsv("sku,quantity\n" + a.sku() + ",1\n").statusCode(400)
                .body("errors[0].line", equalTo(1)).body("errors[0].field", equalTo("stock"))
                .body("errors[0].message", equalTo("missing column"));
        importCsv("").statusCode(400).body("errors[0].field", equalTo("file"));
        importCsv("sku,stock\n\"" + a.sku() + ",1\n").statusCode(400).body("errors[0].field", equalTo("file"));
        assertThat(stockOf(a.sku())).isEqualTo(5);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM stock_movements WHERE sku IN (?, ?) AND reason = "
                + "'adjustment'", Integer.class, a.sku(), b.sku())).isZero();
    }

    @Test
    void onlyInventoryStaffReachTheInventoryRoutes() {
        Sku sku = catalog.product("10.00", 5);
        TestAccounts.Account customer = accounts.register();
        Map<String, Object> body = new HashMap<>(Map.of("sku", sku.sku(), "delta", 1, "reason", "restock"));
        for (String token : List.of(customer.accessToken(), tokens.staff("orders:manage"),
                tokens.staff("analytics:read", "catalog:write"))) {
            given().auth().oauth2(token).get("/api/admin/inventory").then().statusCode(403)
                    .body("error", equalTo("forbidden"));
            given().auth().oauth2(token).contentType("application/json").body(body)
                    .post("/api/admin/inventory/adjustments").then().statusCode(403);
            given().auth().oauth2(token).get("/api/admin/inventory/movements").then().statusCode(403);
            given().auth().oauth2(token).get("/api/admin/inventory/export").then().statusCode(403);
            given().auth().oauth2(token).contentType("text/csv").body("sku,stock\n" + sku.sku() + ",0\n")
                    .post("/api/admin/inventory/import").then().statusCode(403);
        }
        given().get("/api/admin/inventory").then().statusCode(401);
        given().contentType("application/json").body(body).post("/api/admin/inventory/adjustments").then()
                .statusCode(401);
        given().get("/api/admin/inventory/movements").then().statusCode(401);
        given().get("/api/admin/inventory/export").then().statusCode(401);
        given().contentType("text/csv").body("sku,stock\n").post("/api/admin/inventory/import").then().statusCode(401);
        assertThat(stockOf(sku.sku())).isEqualTo(5);
        given().auth().oauth2(tokens.admin()).get("/api/admin/inventory").then().statusCode(200)
                .body("data", not(hasItem(nullValue())));
    }
}
