package dev.comptoir.orders;

import static dev.comptoir.support.TestMarkets.anyone;
import static org.assertj.core.api.Assertions.assertThat;

import dev.comptoir.support.Race;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestCatalog;
import dev.comptoir.support.TestCatalog.Sku;
import dev.comptoir.support.TestMarkets;
import dev.comptoir.support.TestTokens;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link CheckoutConcurrencySystemTests}' stock race and coupon race again in a second market (Japan,
 * JPY, made over the API): real threads racing real checkouts of carts in that market.
 */
@SystemTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarketCheckoutConcurrencySystemTests {

    @Autowired
    TestTokens tokens;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestCatalog catalog;

    TestMarkets shop;
    String japan;

    @BeforeAll
    void createMarket() {
        shop = new TestMarkets(tokens.admin());
        japan = shop.market("jp", List.of("JP"), "JPY", false, "1500", List.of("en"));
    }

    @AfterAll
    void deleteMarket() {
        shop.delete(japan);
    }

    private String cartWith(Sku sku, int quantity) {
        String session = "race-" + UUID.randomUUID();
        anyone().header("X-Session-Id", session).queryParam("market", japan)
                .body(Map.of("productId", sku.productId(), "quantity", quantity)).post("/api/cart/items")
                .then().statusCode(200);
        return session;
    }

    private List<Response> raceCheckouts(List<String> sessions) throws Exception {
        List<Callable<Response>> checkouts = new ArrayList<>();
        for (String session : sessions) {
            checkouts.add(() -> {
                Map<String, Object> body = new HashMap<>();
                body.put("email", session + "@example.com");
                body.put("shippingAddress", MarketCheckoutSystemTests.address("JP"));
                return anyone().header("X-Session-Id", session).body(body).post("/api/orders");
            });
        }
        return Race.all(checkouts);
    }

    @Test
    void fiftyConcurrentCheckoutsInYenRacingForFiveUnitsSellExactlyFive() throws Exception {
        Sku sku = shop.product("9.90", Map.of("JPY", "1200"), 50);
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            sessions.add(cartWith(sku, 1));
        }
        catalog.adjust(sku, "main", -45);

        List<Response> responses = raceCheckouts(sessions);

        assertThat(responses.stream().filter(r -> r.statusCode() == 201).count()).isEqualTo(5);
        assertThat(responses.stream().filter(r -> r.statusCode() == 409
                && "insufficient_stock".equals(r.path("error"))).count()).isEqualTo(45);
        assertThat(jdbc.queryForObject("SELECT stock FROM products WHERE sku = ?", Integer.class, sku.sku())).isZero();
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM order_items i JOIN orders o ON o.id = i.order_id
                WHERE i.sku = ? AND o.currency = 'JPY' AND o.market_code = ?""", Integer.class, sku.sku(), japan))
                .isEqualTo(5);
        // the 5 are reserved, still on hand until they ship: the ledger adds up to both
        assertThat(jdbc.queryForObject("SELECT sum(delta) FROM stock_movements WHERE sku = ?", Integer.class,
                sku.sku())).isEqualTo(5);
        assertThat(jdbc.queryForObject("SELECT sum(reserved_delta) FROM stock_movements WHERE sku = ?", Integer.class,
                sku.sku())).isEqualTo(5);
    }

    @Test
    void concurrentCheckoutsInYenNeverPassACouponsUsageLimit() throws Exception {
        Sku sku = shop.product("30.00", Map.of("JPY", "4000"), 100);
        String code = shop.coupon("fixed_amount", "500", "JPY", 3);
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String session = cartWith(sku, 1);
            anyone().header("X-Session-Id", session).body(Map.of("code", code)).post("/api/cart/coupon").then()
                    .statusCode(200);
            sessions.add(session);
        }

        List<Response> responses = raceCheckouts(sessions);

        assertThat(responses.stream().filter(r -> r.statusCode() == 201).count()).isEqualTo(3);
        assertThat(responses.stream().filter(r -> "coupon_usage_limit".equals(r.path("error"))).count())
                .isEqualTo(17);
        assertThat(jdbc.queryForObject("SELECT used_count FROM coupons WHERE code = ?", Integer.class, code))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT stock FROM products WHERE sku = ?", Integer.class, sku.sku()))
                .isEqualTo(97);
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM orders o JOIN coupon_redemptions r ON r.order_id = o.id
                WHERE o.coupon_code = ? AND o.currency = 'JPY' AND o.discount_amount = r.amount AND r.amount = 500
                  AND o.total = 4000 - 500 + 350 + 1500""", Integer.class, code)).isEqualTo(3);
    }
}
