package dev.comptoir.analytics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.comptoir.support.Contract;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts.Account;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestCatalog;
import dev.comptoir.support.TestPayments;
import dev.comptoir.support.TestTokens;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reports against orders placed and paid in the test. The read model's dates are then moved into a
 * far-future window of their own (a random year), so that no other test's orders count in the totals.
 */
@SystemTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsSystemTests {

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

    private final int year = ThreadLocalRandom.current().nextInt(2200, 2900);
    private final LocalDate day10 = LocalDate.of(year, 3, 10);
    private String categoryId;
    private String categoryName;
    private UUID p1;
    private UUID p2;
    private UUID p3;
    private BigDecimal total1;
    private BigDecimal total2;
    private BigDecimal total4;

    private static RequestSpecification as(String token) {
        return given().config(RestAssured.config().jsonConfig(JsonConfig.jsonConfig()
                .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL))).auth().oauth2(token);
    }

    private RequestSpecification analyst() {
        return as(tokens.staff("analytics:read"));
    }

    private UUID product(String price, String category) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", "Analytics product " + UUID.randomUUID(),
                "price", new BigDecimal(price), "sku", "AN-" + UUID.randomUUID().toString().substring(0, 12), "stock",
                100));
        if (category != null) {
            body.put("categoryId", category);
        }
        return UUID.fromString(given().auth().oauth2(tokens.admin()).contentType("application/json").body(body)
                .post("/api/products").then().statusCode(201).extract().path("id"));
    }

    private UUID order(Account customer, Map<UUID, Integer> lines) {
        lines.forEach((product, quantity) -> given().auth().oauth2(customer.accessToken())
                .contentType("application/json").body(Map.of("productId", product, "quantity", quantity))
                .post("/api/cart/items").then().statusCode(200));
        return UUID.fromString(given().auth().oauth2(customer.accessToken()).contentType("application/json")
                .body(Map.of("shippingAddress", Map.of("firstName", "Ada", "lastName", "L", "line1", "1 rue", "city",
                        "Paris", "postalCode", "75002", "country", "FR")))
                .post("/api/orders").then().statusCode(201).extract().path("id"));
    }

    private BigDecimal pay(UUID orderId, Account customer) {
        payments.pay(orderId.toString(), given().auth().oauth2(customer.accessToken()));
        return jdbc.queryForObject("SELECT total FROM orders WHERE id = ?", BigDecimal.class, orderId);
    }

    private void paidAt(UUID orderId, String instant) {
        assertThat(jdbc.update("UPDATE analytics_orders SET paid_at = ? WHERE order_id = ?",
                Timestamp.from(Instant.parse(instant)), orderId)).isEqualTo(1);
        assertThat(jdbc.update("UPDATE analytics_order_lines SET paid_at = ? WHERE order_id = ?",
                Timestamp.from(Instant.parse(instant)), orderId)).isPositive();
    }

    private boolean prepared;

    /** Once for the class, but after REST Assured knows the port (set before each test). */
    @BeforeEach
    void ordersPaidAndRefundedInTheirOwnWindow() {
        if (prepared) {
            return;
        }
        prepared = true;
        categoryName = "Analytics " + UUID.randomUUID();
        categoryId = given().auth().oauth2(tokens.admin()).contentType("application/json")
                .body(Map.of("name", categoryName)).post("/api/categories").then().statusCode(201).extract().path("id");
        p1 = product("19.99", categoryId);
        p2 = product("5.55", categoryId);
        p3 = product("3.33", null);
        Account first = accounts.register();
        Account second = accounts.register();
        UUID o1 = order(first, Map.of(p1, 2, p2, 1));
        UUID o2 = order(second, Map.of(p2, 3));
        UUID o3 = order(first, Map.of(p1, 1)); // never paid: never counted
        UUID o4 = order(second, Map.of(p2, 1, p3, 7));
        total1 = pay(o1, first);
        total2 = pay(o2, second);
        total4 = pay(o4, second);
        payments.refund(o4.toString(), new BigDecimal("5.01"), "partially_refunded");
        List<UUID> paid = List.of(o1, o2, o4);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("SELECT count(*) FROM analytics_orders "
                + "WHERE order_id = ANY (?) AND paid_at IS NOT NULL", Integer.class, (Object) paid.toArray(UUID[]::new)) == 3
                && jdbc.queryForObject("SELECT count(*) FROM analytics_order_lines WHERE order_id = ANY (?)",
                        Integer.class, (Object) List.of(o1, o2, o3, o4).toArray(UUID[]::new)) == 6
                && jdbc.queryForObject("SELECT count(*) FROM analytics_order_lines WHERE order_id = ANY (?) "
                        + "AND paid_at IS NOT NULL", Integer.class, (Object) paid.toArray(UUID[]::new)) == 5
                && jdbc.queryForObject("SELECT count(*) FROM analytics_refunds WHERE order_id = ?", Integer.class, o4) == 1
                && jdbc.queryForObject("SELECT count(*) FROM analytics_customers WHERE customer_id IN (?, ?)",
                        Integer.class, first.id(), second.id()) == 2);
        assertThat(jdbc.queryForObject("SELECT paid_at FROM analytics_orders WHERE order_id = ?", Timestamp.class, o3))
                .isNull();
        // the test's own window: Paris is UTC+1 in early March, so o2 is on the 10th in UTC, the 11th in Paris
        paidAt(o1, year + "-03-10T10:00:00Z");
        paidAt(o2, year + "-03-10T23:30:00Z");
        paidAt(o4, year + "-03-12T12:00:00Z");
        jdbc.update("UPDATE analytics_orders SET placed_at = ? WHERE order_id = ?",
                Timestamp.from(Instant.parse(year + "-03-11T12:00:00Z")), o3);
        jdbc.update("UPDATE analytics_refunds SET refunded_at = ? WHERE order_id = ?",
                Timestamp.from(Instant.parse(year + "-03-13T09:00:00Z")), o4);
        jdbc.update("UPDATE analytics_customers SET registered_at = ? WHERE customer_id IN (?, ?)",
                Timestamp.from(Instant.parse(year + "-03-10T12:00:00Z")), first.id(), second.id());
    }

    private BigDecimal revenue() {
        return total1.add(total2).add(total4);
    }

    @Test
    void theSummaryMatchesThePaidOrdersToTheCent() {
        BigDecimal refunds = new BigDecimal("5.01");
        String body = analyst().queryParam("from", day10.toString()).queryParam("to", day10.plusDays(3).toString())
                .queryParam("tz", "Europe/Paris").get("/api/admin/analytics/summary").then().statusCode(200)
                .body("timeZone", equalTo("Europe/Paris"))
                .body("currency", equalTo("EUR"))
                .body("orderCount", equalTo(3))
                .body("newCustomers", equalTo(2))
                .extract().asString();
        JsonPath json = JsonPath.from(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        assertThat(json.getObject("revenue", BigDecimal.class)).isEqualTo(revenue());
        assertThat(json.getObject("refunds", BigDecimal.class)).isEqualTo(refunds);
        assertThat(json.getObject("netRevenue", BigDecimal.class)).isEqualTo(revenue().subtract(refunds));
        assertThat(json.getObject("averageOrderValue", BigDecimal.class))
                .isEqualTo(revenue().divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP));
        assertThat(body).contains("\"revenue\":" + revenue().toPlainString());

        // the 10th alone: in Paris o2 (23:30 UTC) belongs to the 11th, in UTC to the 10th
        analyst().queryParam("from", day10.toString()).queryParam("to", day10.toString()).queryParam("tz", "Europe/Paris")
                .get("/api/admin/analytics/summary").then().body("orderCount", equalTo(1))
                .body("revenue", equalTo(total1)).body("refunds", equalTo(new BigDecimal("0.00")));
        analyst().queryParam("from", day10.toString()).queryParam("to", day10.toString()).queryParam("tz", "UTC")
                .get("/api/admin/analytics/summary").then().body("orderCount", equalTo(2))
                .body("revenue", equalTo(total1.add(total2)));
        analyst().queryParam("from", day10.minusDays(5).toString()).queryParam("to", day10.minusDays(1).toString())
                .get("/api/admin/analytics/summary").then().body("orderCount", equalTo(0))
                .body("revenue", equalTo(new BigDecimal("0.00"))).body("averageOrderValue", equalTo(new BigDecimal("0.00")));
    }

    @Test
    void theSummaryAnswersCsvWhenAsked() {
        String csv = analyst().accept("text/csv").queryParam("from", day10.toString())
                .queryParam("to", day10.plusDays(3).toString()).queryParam("tz", "Europe/Paris")
                .get("/api/admin/analytics/summary").then().statusCode(200).contentType(startsWith("text/csv"))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("from,to,timeZone,currency,revenue,orderCount,averageOrderValue,refunds,"
                + "netRevenue,newCustomers");
        assertThat(lines.get(1)).isEqualTo(String.join(",", day10.toString(), day10.plusDays(3).toString(),
                "Europe/Paris", "EUR", revenue().toPlainString(), "3",
                revenue().divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP).toPlainString(), "5.01",
                revenue().subtract(new BigDecimal("5.01")).toPlainString(), "2"));
    }

    @Test
    void theDailySeriesIsZeroFilledInTheTimeZone() {
        analyst().queryParam("from", day10.minusDays(1).toString()).queryParam("to", day10.plusDays(4).toString())
                .queryParam("tz", "Europe/Paris").queryParam("interval", "day")
                .get("/api/admin/analytics/series").then().statusCode(200)
                .body("interval", equalTo("day"))
                .body("data.period", contains(day10.minusDays(1).toString(), day10.toString(),
                        day10.plusDays(1).toString(), day10.plusDays(2).toString(), day10.plusDays(3).toString(),
                        day10.plusDays(4).toString()))
                .body("data.orderCount", contains(0, 1, 1, 1, 0, 0))
                .body("data.revenue", contains(new BigDecimal("0.00"), total1, total2, total4, new BigDecimal("0.00"),
                        new BigDecimal("0.00")))
                .body("data.refunds[4]", equalTo(new BigDecimal("5.01")))
                .body("data.netRevenue[4]", equalTo(new BigDecimal("-5.01")))
                .body("data.newCustomers", contains(0, 2, 0, 0, 0, 0));
        String csv = analyst().accept("text/csv").queryParam("from", day10.toString())
                .queryParam("to", day10.toString()).queryParam("tz", "UTC")
                .get("/api/admin/analytics/series").then().statusCode(200).extract().asString();
        assertThat(csv.lines().toList()).containsExactly(
                "period,revenue,orderCount,refunds,netRevenue,newCustomers,currency",
                day10 + "," + total1.add(total2).toPlainString() + ",2,0.00," + total1.add(total2).toPlainString()
                        + ",2,EUR");
    }

    @Test
    void theWeeklySeriesStartsOnMondaysAndAddsUpToTheSummary() {
        LocalDate monday = day10.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        JsonPath json = analyst().queryParam("from", day10.toString()).queryParam("to", day10.plusDays(13).toString())
                .queryParam("tz", "Europe/Paris").queryParam("interval", "week")
                .get("/api/admin/analytics/series").then().statusCode(200).extract().jsonPath(
                        new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        List<String> periods = json.getList("data.period");
        assertThat(periods.get(0)).isEqualTo(monday.toString());
        assertThat(periods).allMatch(p -> LocalDate.parse(p).getDayOfWeek() == DayOfWeek.MONDAY);
        BigDecimal sum = json.getList("data.revenue", BigDecimal.class).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualTo(revenue());
    }

    @Test
    void topProductsAndCategoriesRankByRevenueOrUnits() {
        // line totals: p1 2 × 19.99 = 39.98; p2 (1 + 3 + 1) × 5.55 = 27.75; p3 7 × 3.33 = 23.31
        var range = analyst().queryParam("from", day10.toString()).queryParam("to", day10.plusDays(3).toString())
                .queryParam("tz", "Europe/Paris");
        range.get("/api/admin/analytics/top-products").then().statusCode(200)
                .body("by", equalTo("revenue"))
                .body("data.productId", contains(p1.toString(), p2.toString(), p3.toString()))
                .body("data.revenue", contains(new BigDecimal("39.98"), new BigDecimal("27.75"), new BigDecimal("23.31")))
                .body("data.units", contains(2, 5, 7));
        analyst().queryParam("from", day10.toString()).queryParam("to", day10.plusDays(3).toString())
                .queryParam("by", "units").queryParam("limit", 2).get("/api/admin/analytics/top-products").then()
                .body("data.productId", contains(p3.toString(), p2.toString()));
        analyst().queryParam("from", day10.toString()).queryParam("to", day10.plusDays(3).toString())
                .get("/api/admin/analytics/top-categories").then().statusCode(200)
                .body("data.categoryId", contains(categoryId, null))
                .body("data.name", contains(categoryName, "Uncategorized"))
                .body("data.revenue", contains(new BigDecimal("67.73"), new BigDecimal("23.31")))
                .body("data.units", contains(7, 7));
        String csv = analyst().accept("text/csv").queryParam("from", day10.toString())
                .queryParam("to", day10.plusDays(3).toString()).queryParam("by", "units")
                .get("/api/admin/analytics/top-categories").then().statusCode(200).extract().asString();
        assertThat(csv.lines().toList()).containsExactly("categoryId,name,units,revenue,currency",
                categoryId + "," + categoryName + ",7,67.73,EUR", ",Uncategorized,7,23.31,EUR");
    }

    @Test
    void lowStockComesFromTheCatalog() {
        TestCatalog.Sku sku = catalog.product("1.00", 2);
        analyst().queryParam("threshold", 2).queryParam("q", sku.sku()).get("/api/admin/analytics/low-stock").then()
                .statusCode(200).body("data.sku", contains(sku.sku())).body("data[0].stock", equalTo(2));
        analyst().queryParam("threshold", 1).queryParam("q", sku.sku()).get("/api/admin/analytics/low-stock").then()
                .body("pagination.total", equalTo(0));
        String csv = analyst().accept("text/csv").queryParam("threshold", 2).queryParam("q", sku.sku())
                .get("/api/admin/analytics/low-stock").then().statusCode(200).extract().asString();
        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv.lines().toList().get(1)).startsWith(sku.sku() + ",").endsWith(",2,true");
    }

    @Test
    void namesThatLookLikeFormulasAreExportedAsText() {
        String sku = "AN-F-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(tokens.admin()).contentType("application/json")
                .body(Map.of("name", "=HYPERLINK(\"https://evil.example\",\"Click\")", "price", new BigDecimal("1.00"),
                        "sku", sku, "stock", 1))
                .post("/api/products").then().statusCode(201);
        String csv = analyst().accept("text/csv").queryParam("threshold", 1).queryParam("q", sku)
                .get("/api/admin/analytics/low-stock").then().statusCode(200).extract().asString();
        assertThat(csv.lines().toList()).containsExactly("sku,name,productId,variantId,stock,active",
                csv.lines().toList().get(1));
        assertThat(csv.lines().toList().get(1))
                .startsWith(sku + ",\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"Click\"\")\",");
    }

    @Test
    void badParametersAreBadRequestsNamingThem() {
        String summary = "/api/admin/analytics/summary";
        analyst().filter(Contract.INVALID_REQUEST).queryParam("tz", "Mars/Olympus").get(summary).then().statusCode(400)
                .body("error", equalTo("invalid_data")).body("errors.field", contains("tz"));
        analyst().filter(Contract.INVALID_REQUEST).queryParam("tz", "+02:00").get(summary).then().statusCode(400).body("errors.field", contains("tz"));
        analyst().filter(Contract.INVALID_REQUEST).queryParam("from", "2026-13-01").get(summary).then().statusCode(400)
                .body("errors.field", contains("from"));
        analyst().filter(Contract.INVALID_REQUEST).queryParam("to", "soon").get(summary).then().statusCode(400).body("errors.field", contains("to"));
        analyst().filter(Contract.INVALID_REQUEST).queryParam("from", "0999-01-01").queryParam("to", "0999-01-02").get(summary).then().statusCode(400)
                .body("errors.field", contains("from"));
        analyst().filter(Contract.INVALID_REQUEST).queryParam("from", "2026-03-02").queryParam("to", "2026-03-01").get(summary).then().statusCode(400)
                .body("errors.field", contains("from"));
        analyst().filter(Contract.INVALID_REQUEST).queryParam("from", "2020-01-01").queryParam("to", "2026-01-01").get(summary).then().statusCode(400)
                .body("errors.field", contains("to"));
        analyst().filter(Contract.INVALID_REQUEST).queryParam("currency", "EURO").get(summary).then().statusCode(400)
                .body("errors.field", contains("currency"));
        analyst().filter(Contract.INVALID_REQUEST).queryParam("interval", "month").get("/api/admin/analytics/series").then().statusCode(400)
                .body("errors.field", contains("interval"));
        analyst().filter(Contract.INVALID_REQUEST).queryParam("by", "price").get("/api/admin/analytics/top-products").then().statusCode(400)
                .body("errors.field", contains("by"));
        analyst().filter(Contract.INVALID_REQUEST).queryParam("limit", 0).get("/api/admin/analytics/top-categories").then().statusCode(400)
                .body("errors.field", contains("limit"));
        analyst().filter(Contract.INVALID_REQUEST).queryParam("limit", "ten").get("/api/admin/analytics/top-products").then().statusCode(400);
        analyst().filter(Contract.INVALID_REQUEST).queryParam("threshold", -1).get("/api/admin/analytics/low-stock").then().statusCode(400)
                .body("errors.field", contains("threshold"));
        analyst().filter(Contract.INVALID_REQUEST).accept("text/csv").queryParam("tz", "Nowhere").get(summary).then().statusCode(400);
        analyst().queryParam("from", "2026-01-01").queryParam("to", "2027-12-31").get(summary).then().statusCode(200);
    }

    @Test
    void onlyAnalyticsStaffReadTheReports() {
        Account customer = accounts.register();
        List<String> routes = List.of("summary", "series", "top-products", "top-categories", "low-stock");
        List<String> refused = new ArrayList<>(List.of(customer.accessToken(), tokens.staff("orders:manage"),
                tokens.staff("inventory:manage", "catalog:write")));
        for (String route : routes) {
            for (String token : refused) {
                given().auth().oauth2(token).get("/api/admin/analytics/" + route).then().statusCode(403)
                        .body("error", equalTo("forbidden"));
            }
            given().get("/api/admin/analytics/" + route).then().statusCode(401);
            analyst().get("/api/admin/analytics/" + route).then().statusCode(200);
            given().auth().oauth2(tokens.admin()).get("/api/admin/analytics/" + route).then().statusCode(200);
        }
        given().auth().oauth2(tokens.staff("analytics:read")).get("/api/admin/orders").then().statusCode(403);
        given().auth().oauth2(tokens.staff("analytics:read")).get("/api/admin/inventory").then().statusCode(403);
        given().auth().oauth2(tokens.staff("orders:manage")).get("/api/admin/orders").then().statusCode(200)
                .body("data", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(customer.accessToken()).get("/api/admin/orders").then().statusCode(403);
        given().get("/api/admin/orders").then().statusCode(401);
        given().get("/api/admin/orders/" + UUID.randomUUID()).then().statusCode(401);
        given().contentType("application/json").body(Map.of("status", "processing"))
                .post("/api/admin/orders/" + UUID.randomUUID() + "/status").then().statusCode(401);
        given().auth().oauth2(tokens.staff("inventory:manage")).contentType("application/json")
                .body(Map.of("status", "processing")).post("/api/admin/orders/" + UUID.randomUUID() + "/status")
                .then().statusCode(403);
        given().auth().oauth2(customer.accessToken()).get("/api/admin/orders/" + UUID.randomUUID()).then()
                .statusCode(403);
    }
}
