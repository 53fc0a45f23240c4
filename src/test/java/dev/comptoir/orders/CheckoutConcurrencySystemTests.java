package dev.comptoir.orders;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.comptoir.support.Race;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestCatalog;
import dev.comptoir.support.TestCatalog.Sku;
import dev.comptoir.support.TestTokens;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Real threads racing real checkouts against the real database. */
@SystemTest
class CheckoutConcurrencySystemTests {

    @Autowired
    TestCatalog catalog;
    @Autowired
    TestTokens tokens;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    private String cartWith(Sku sku, int quantity) {
        String session = "race-" + UUID.randomUUID();
        given().header("X-Session-Id", session).contentType("application/json")
                .body(Map.of("productId", sku.productId(), "quantity", quantity)).post("/api/cart/items")
                .then().statusCode(200);
        return session;
    }

    private List<Response> raceCheckouts(List<String> sessions) throws Exception {
        List<Callable<Response>> checkouts = new ArrayList<>();
        for (String session : sessions) {
            checkouts.add(() -> {
                Map<String, Object> body = new HashMap<>(CheckoutSystemTests.checkout("FR"));
                body.put("email", session + "@example.com");
                return given().header("X-Session-Id", session).contentType("application/json").body(body)
                        .post("/api/orders");
            });
        }
        return Race.all(checkouts);
    }

    @Test
    void fiftyConcurrentCheckoutsRacingForFiveUnitsSellExactlyFive() throws Exception {
        Sku sku = catalog.product("9.90", 50);
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            sessions.add(cartWith(sku, 1));
        }
        // the carts were filled while 50 were in stock; now only 5 are left
        catalog.adjust(sku, "main", -45);

        List<Response> responses = raceCheckouts(sessions);

        long created = responses.stream().filter(r -> r.statusCode() == 201).count();
        long refused = responses.stream().filter(r -> r.statusCode() == 409
                && "insufficient_stock".equals(r.path("error"))).count();
        assertThat(created).isEqualTo(5);
        assertThat(refused).isEqualTo(45);
        assertThat(jdbc.queryForObject("SELECT stock FROM products WHERE sku = ?", Integer.class, sku.sku()))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM order_items WHERE sku = ?", Integer.class, sku.sku()))
                .isEqualTo(5);
        // the 5 are reserved, still on hand until they ship: the ledger adds up to both
        assertThat(jdbc.queryForObject("SELECT sum(delta) FROM stock_movements WHERE sku = ?", Integer.class,
                sku.sku())).isEqualTo(5);
        assertThat(jdbc.queryForObject("SELECT sum(reserved_delta) FROM stock_movements WHERE sku = ?", Integer.class,
                sku.sku())).isEqualTo(5);
    }

    @Test
    void concurrentCheckoutsOfOneCartPlaceOneOrderAndTakeTheStockOnce() throws Exception {
        // several rounds: each one a fresh cart raced by four checkouts of its customer
        for (int round = 0; round < 5; round++) {
            Sku sku = catalog.product("12.00", 20);
            TestAccounts.Account customer = accounts.register();
            given().auth().oauth2(customer.accessToken()).contentType("application/json")
                    .body(Map.of("productId", sku.productId(), "quantity", 2)).post("/api/cart/items")
                    .then().statusCode(200);
            List<Callable<Response>> checkouts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                checkouts.add(() -> given().auth().oauth2(customer.accessToken()).contentType("application/json")
                        .body(CheckoutSystemTests.checkout("FR")).post("/api/orders"));
            }

            List<Response> responses = Race.all(checkouts);

            List<String> outcomes = responses.stream()
                    .map(r -> r.statusCode() + (r.statusCode() == 201 ? "" : " " + r.path("error"))).toList();
            assertThat(outcomes).as("round %d", round).containsExactlyInAnyOrder("201", "422 empty_cart",
                    "422 empty_cart", "422 empty_cart");
            assertThat(jdbc.queryForObject("SELECT count(*) FROM orders WHERE user_id = ?", Integer.class,
                    customer.id())).isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT stock FROM products WHERE sku = ?", Integer.class, sku.sku()))
                    .isEqualTo(18);
            assertThat(jdbc.queryForObject("SELECT sum(reserved_delta) FROM stock_movements WHERE sku = ? "
                    + "AND reason = 'reservation'", Integer.class, sku.sku())).isEqualTo(2);
        }
    }

    @Test
    void concurrentCheckoutsNeverPassACouponsUsageLimit() throws Exception {
        Sku sku = catalog.product("30.00", 100);
        String code = "RACE" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        given().auth().oauth2(tokens.admin()).contentType("application/json")
                .body(Map.of("code", code, "type", "fixed_amount", "value", new BigDecimal("5.00"), "usageLimit", 3,
                        "isActive", true))
                .post("/api/admin/coupons").then().statusCode(201);
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String session = cartWith(sku, 1);
            given().header("X-Session-Id", session).contentType("application/json").body(Map.of("code", code))
                    .post("/api/cart/coupon").then().statusCode(200);
            sessions.add(session);
        }

        List<Response> responses = raceCheckouts(sessions);

        assertThat(responses.stream().filter(r -> r.statusCode() == 201).count()).isEqualTo(3);
        assertThat(responses.stream().filter(r -> "coupon_usage_limit".equals(r.path("error"))).count())
                .isEqualTo(17);
        assertThat(jdbc.queryForObject("SELECT used_count FROM coupons WHERE upper(code) = ?", Integer.class, code))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT stock FROM products WHERE sku = ?", Integer.class, sku.sku()))
                .isEqualTo(97);
        // each order's discount is the amount its redemption recorded
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM orders o JOIN coupon_redemptions r ON r.order_id = o.id
                WHERE o.coupon_code = ? AND o.discount_amount = r.amount AND r.amount = 5.00""", Integer.class, code))
                .isEqualTo(3);
    }

    @Test
    void aCouponEditedWhileACheckoutWaitsToRedeemItRefusesThatCheckoutRatherThanMismatchItsTotals()
            throws Exception {
        Sku sku = catalog.product("30.00", 10);
        String code = "EDIT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        given().auth().oauth2(tokens.admin()).contentType("application/json")
                .body(Map.of("code", code, "type", "fixed_amount", "value", new BigDecimal("5.00"), "isActive", true))
                .post("/api/admin/coupons").then().statusCode(201);
        String session = cartWith(sku, 1);
        given().header("X-Session-Id", session).contentType("application/json").body(Map.of("code", code))
                .post("/api/cart/coupon").then().statusCode(200);
        Map<String, Object> body = new HashMap<>(CheckoutSystemTests.checkout("FR"));
        body.put("email", session + "@example.com");
        Callable<Response> checkout = () -> given().header("X-Session-Id", session).contentType("application/json")
                .body(body).post("/api/orders");

        ExecutorService pool = Executors.newSingleThreadExecutor();
        Response refused;
        try (Connection editor = dataSource.getConnection()) {
            // the editor holds the coupon row: the checkout quotes 5.00 (no lock), writes its order and
            // waits to redeem; the coupon becomes 8.00 and that commits before the redemption reads it
            editor.setAutoCommit(false);
            try (PreparedStatement lock = editor.prepareStatement("SELECT 1 FROM coupons WHERE code = ? FOR UPDATE")) {
                lock.setString(1, code);
                lock.executeQuery().close();
            }
            Future<Response> pending = pool.submit(checkout);
            await().atMost(Duration.ofSeconds(30)).until(() -> pending.isDone() || jdbc.queryForObject("""
                    SELECT count(*) FROM pg_stat_activity
                    WHERE wait_event_type = 'Lock' AND query LIKE '%from coupons%'""", Integer.class) > 0);
            try (PreparedStatement edit = editor.prepareStatement(
                    "UPDATE coupons SET value = 8.00, version = version + 1, updated_at = now() WHERE code = ?")) {
                edit.setString(1, code);
                edit.executeUpdate();
            }
            editor.commit();
            refused = pending.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(409);
        assertThat(refused.<String>path("error")).isEqualTo("coupon_changed");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM orders WHERE email = ?", Integer.class,
                session + "@example.com")).isZero();
        assertThat(jdbc.queryForObject("SELECT used_count FROM coupons WHERE code = ?", Integer.class, code)).isZero();
        assertThat(jdbc.queryForObject("SELECT stock FROM products WHERE sku = ?", Integer.class, sku.sku()))
                .isEqualTo(10);
        given().header("X-Session-Id", session).get("/api/cart").then().statusCode(200)
                .body("items", hasSize(1)).body("coupon.code", equalTo(code)).body("discountAmount", equalTo(8.0f));

        // checking out again takes the coupon's new terms, and the order agrees with its redemption
        Response placed = checkout.call();
        assertThat(placed.statusCode()).as(placed.asString()).isEqualTo(201);
        assertThat(placed.<Float>path("discountAmount")).isEqualTo(8.0f);
        assertThat(jdbc.queryForObject("SELECT amount FROM coupon_redemptions WHERE order_id = ?", BigDecimal.class,
                UUID.fromString(placed.path("id")))).isEqualByComparingTo("8.00");
    }
}
