package dev.comptoir.orders.expiry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestCatalog;
import dev.comptoir.support.TestCatalog.Sku;
import dev.comptoir.support.TestTokens;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Unpaid orders past their payment time are cancelled by the scheduled expiry (here run at once). */
@SystemTest
class OrderExpirySystemTests {

    private static final Map<String, Object> CHECKOUT = Map.of("shippingAddress", Map.of("firstName", "Ada",
            "lastName", "Lovelace", "line1", "12 rue de la Paix", "city", "Paris", "postalCode", "75002",
            "country", "FR"));

    @Autowired
    TestCatalog catalog;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestTokens tokens;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrderExpiry expiry;

    private void addToCart(String token, Sku sku, int quantity) {
        given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("productId", sku.productId(), "quantity", quantity))
                .post("/api/cart/items").then().statusCode(200);
    }

    private int stockOf(Sku sku) {
        return jdbc.queryForObject("SELECT stock FROM products WHERE sku = ?", Integer.class, sku.sku());
    }

    @Test
    void anUnpaidOrderExpiresRestocksAndReleasesItsCoupon() {
        Sku sku = catalog.product("40.00", 10);
        String code = "EXP" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        given().auth().oauth2(tokens.admin()).contentType("application/json")
                .body(Map.of("code", code, "type", "percentage", "value", new BigDecimal("10"), "usageLimit", 1,
                        "isActive", true))
                .post("/api/admin/coupons").then().statusCode(201);
        TestAccounts.Account customer = accounts.register();
        addToCart(customer.accessToken(), sku, 2);
        given().auth().oauth2(customer.accessToken()).contentType("application/json").body(Map.of("code", code))
                .post("/api/cart/coupon").then().statusCode(200).body("discountAmount", equalTo(8.0f));
        String id = given().auth().oauth2(customer.accessToken()).contentType("application/json")
                .body(CHECKOUT).post("/api/orders").then().statusCode(201)
                .body("discountAmount", equalTo(8.0f)).body("couponCode", equalTo(code)).extract().path("id");
        assertThat(stockOf(sku)).isEqualTo(8);

        jdbc.update("UPDATE orders SET expires_at = now() - interval '1 minute' WHERE id = ?", UUID.fromString(id));
        // the scheduled run may hold the job's lock right now (then this call is skipped and it does the work)
        expiry.run();
        await().atMost(Duration.ofSeconds(90)).until(() -> "cancelled".equals(
                jdbc.queryForObject("SELECT status FROM orders WHERE id = ?", String.class, UUID.fromString(id))));

        given().auth().oauth2(customer.accessToken()).get("/api/orders/" + id).then()
                .body("status", equalTo("cancelled"))
                .body("statusHistory[-1].by", equalTo("system"))
                .body("statusHistory[-1].note", equalTo("payment_timeout"));
        assertThat(stockOf(sku)).isEqualTo(10);
        assertThat(jdbc.queryForObject("SELECT used_count FROM coupons WHERE upper(code) = ?", Integer.class, code))
                .isZero();
    }
}
