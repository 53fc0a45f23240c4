package dev.comptoir.orders;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestCatalog;
import dev.comptoir.support.TestCatalog.Sku;
import dev.comptoir.support.TestTokens;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
        return race(checkouts);
    }

    /** Runs the requests on threads of their own, released together by one start gate. */
    private static List<Response> race(List<Callable<Response>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(requests.size(), 50));
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (Callable<Response> request : requests) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> f : futures) {
                responses.add(f.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fiftyConcurrentCheckoutsRacingForFiveUnitsSellExactlyFive() throws Exception {
        Sku sku = catalog.product("9.90", 50);
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            sessions.add(cartWith(sku, 1));
        }
        // the carts were filled while 50 were in stock; now only 5 are left
        jdbc.update("UPDATE products SET stock = 5 WHERE sku = ?", sku.sku());
        jdbc.update("INSERT INTO stock_movements (sku, product_id, delta, stock_after, reason, actor) "
                + "VALUES (?, ?, -45, 5, 'adjustment', 'test')", sku.sku(), sku.productId());

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
        assertThat(jdbc.queryForObject("SELECT sum(delta) FROM stock_movements WHERE sku = ?", Integer.class,
                sku.sku())).isZero();
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

            List<Response> responses = race(checkouts);

            List<String> outcomes = responses.stream()
                    .map(r -> r.statusCode() + (r.statusCode() == 201 ? "" : " " + r.path("error"))).toList();
            assertThat(outcomes).as("round %d", round).containsExactlyInAnyOrder("201", "422 empty_cart",
                    "422 empty_cart", "422 empty_cart");
            assertThat(jdbc.queryForObject("SELECT count(*) FROM orders WHERE user_id = ?", Integer.class,
                    customer.id())).isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT stock FROM products WHERE sku = ?", Integer.class, sku.sku()))
                    .isEqualTo(18);
            assertThat(jdbc.queryForObject("SELECT sum(delta) FROM stock_movements WHERE sku = ? AND delta < 0",
                    Integer.class, sku.sku())).isEqualTo(-2);
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
    }
}
