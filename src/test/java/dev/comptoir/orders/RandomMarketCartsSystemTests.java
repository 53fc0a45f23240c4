package dev.comptoir.orders;

import static dev.comptoir.support.TestMarkets.anyone;
import static org.assertj.core.api.Assertions.assertThat;

import dev.comptoir.payments.provider.PaymentProvider;
import dev.comptoir.shared.money.Money;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestCatalog.Sku;
import dev.comptoir.support.TestMarkets;
import dev.comptoir.support.TestTokens;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Seeded random carts over HTTP across three markets (the default one: EUR, tax excluded; Switzerland:
 * CHF, tax included; Japan: JPY, tax excluded) with random products, quantities and coupons. Each cart
 * answer must hold ADR 0009's identities and its currency's decimals; every fourth cart is checked out
 * and its payment intent must ask the provider for the order's total in minor units. A failure names
 * the seed and the cart, which replays exactly (products and coupons are made in the same order).
 */
@SystemTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RandomMarketCartsSystemTests {

    static final long SEED = 20_261_203L;
    static final int CARTS = 200;

    record Shop(String code, String currency, String country, BigDecimal firstCountryRate) {}

    record CouponSpec(String code, String type, BigDecimal value, String currency) {}

    @Autowired
    TestTokens tokens;
    @Autowired
    PaymentProvider provider;

    TestMarkets api;
    String swiss;
    String japan;
    List<Shop> shops;
    List<Sku> products = new ArrayList<>();
    List<CouponSpec> coupons = new ArrayList<>();

    @BeforeAll
    void createShop() {
        api = new TestMarkets(tokens.admin());
        swiss = api.market("rch", List.of("CH", "LI"), "CHF", true, "9.00", List.of("en"));
        japan = api.market("rjp", List.of("JP"), "JPY", false, "1500", List.of("en"));
        shops = List.of(new Shop("default", "EUR", "FR", new BigDecimal("0.20")),
                new Shop(swiss, "CHF", "CH", new BigDecimal("0.081")),
                new Shop(japan, "JPY", "JP", new BigDecimal("0.10")));
        Random random = new Random(SEED);
        for (int i = 0; i < 8; i++) {
            String eur = BigDecimal.valueOf(50 + random.nextInt(15_000), 2).toPlainString();
            String chf = BigDecimal.valueOf(50 + random.nextInt(15_000), 2).toPlainString();
            String jpy = Integer.toString(30 + random.nextInt(20_000));
            products.add(api.product(eur, Map.of("CHF", chf, "JPY", jpy), 1_000_000));
        }
        for (String percent : List.of("5", "10", "12.5", "33")) {
            coupons.add(new CouponSpec(api.coupon("percentage", percent, null, null), "percentage",
                    new BigDecimal(percent), null));
        }
        coupons.add(new CouponSpec(api.coupon("fixed_amount", "5.00", null, null), "fixed_amount",
                new BigDecimal("5.00"), "EUR"));
        coupons.add(new CouponSpec(api.coupon("fixed_amount", "3.50", "CHF", null), "fixed_amount",
                new BigDecimal("3.50"), "CHF"));
        coupons.add(new CouponSpec(api.coupon("fixed_amount", "700", "JPY", null), "fixed_amount",
                new BigDecimal("700"), "JPY"));
        coupons.add(new CouponSpec(api.coupon("free_shipping", null, null, null), "free_shipping", BigDecimal.ZERO,
                null));
    }

    @AfterAll
    void deleteMarkets() {
        api.delete(swiss);
        api.delete(japan);
    }

    @Test
    void twoHundredRandomCartsHoldTheIdentitiesDecimalsAndProviderAmountsInEveryMarket() {
        Random random = new Random(SEED + 1);
        int checkedOut = 0;
        for (int n = 0; n < CARTS; n++) {
            Shop shop = shops.get(random.nextInt(shops.size()));
            String session = "random-" + UUID.randomUUID();
            String where = "seed " + SEED + ", cart " + n + " in " + shop.code();
            Map<UUID, Integer> quantities = new LinkedHashMap<>();
            int lines = 1 + random.nextInt(4);
            for (int l = 0; l < lines; l++) {
                Sku sku = products.get(random.nextInt(products.size()));
                int quantity = 1 + random.nextInt(5);
                quantities.merge(sku.productId(), quantity, Integer::sum);
                anyone().header("X-Session-Id", session).queryParam("market", shop.code())
                        .body(Map.of("productId", sku.productId(), "quantity", quantity)).post("/api/cart/items")
                        .then().statusCode(200);
            }
            CouponSpec coupon = random.nextBoolean() ? coupons.get(random.nextInt(coupons.size())) : null;
            if (coupon != null) {
                Response applied = anyone().header("X-Session-Id", session).body(Map.of("code", coupon.code()))
                        .post("/api/cart/coupon");
                boolean otherCurrency = coupon.currency() != null && !coupon.currency().equals(shop.currency());
                assertThat(applied.statusCode()).as(where).isEqualTo(otherCurrency ? 422 : 200);
                if (otherCurrency) {
                    assertThat((String) applied.path("error")).as(where).isEqualTo("coupon_currency_mismatch");
                    coupon = null;
                }
            }
            JsonPath cart = anyone().header("X-Session-Id", session).get("/api/cart").then().statusCode(200)
                    .extract().jsonPath();
            checkCart(cart, shop, quantities, coupon, where);
            if (n % 4 == 0) {
                checkOut(session, shop, cart, where);
                checkedOut++;
            }
        }
        assertThat(checkedOut).isEqualTo(CARTS / 4);
    }

    private void checkCart(JsonPath cart, Shop shop, Map<UUID, Integer> quantities, CouponSpec coupon,
            String where) {
        String currency = shop.currency();
        int decimals = Money.decimals(currency);
        assertThat(cart.getString("market")).as(where).isEqualTo(shop.code());
        assertThat(cart.getString("currency")).as(where).isEqualTo(currency);
        boolean inclusive = cart.getBoolean("taxInclusive");
        assertThat(inclusive).as(where).isEqualTo("CHF".equals(currency));
        BigDecimal subtotal = BigDecimal.ZERO;
        List<Map<String, Object>> items = cart.getList("items");
        assertThat(items).as(where).hasSize(quantities.size());
        for (int i = 0; i < items.size(); i++) {
            BigDecimal unit = amount(cart, "items[" + i + "].unitPrice", decimals, where);
            BigDecimal excl = amount(cart, "items[" + i + "].unitPriceExclTax", decimals, where);
            BigDecimal incl = amount(cart, "items[" + i + "].unitPriceInclTax", decimals, where);
            BigDecimal lineTotal = amount(cart, "items[" + i + "].lineTotal", decimals, where);
            int quantity = cart.getInt("items[" + i + "].quantity");
            assertThat(quantity).as(where).isEqualTo(quantities.get(UUID.fromString(cart.getString("items[" + i
                    + "].productId"))));
            assertThat(incl).as(where).isEqualTo(Money.round(excl.multiply(BigDecimal.ONE.add(shop.firstCountryRate())),
                    currency));
            assertThat(unit).as(where).isEqualTo(inclusive ? incl : excl);
            assertThat(lineTotal).as(where).isEqualTo(unit.multiply(BigDecimal.valueOf(quantity)));
            subtotal = subtotal.add(lineTotal);
        }
        BigDecimal sub = amount(cart, "subtotal", decimals, where);
        BigDecimal discount = amount(cart, "discountAmount", decimals, where);
        BigDecimal tax = amount(cart, "taxAmount", decimals, where);
        BigDecimal shipping = amount(cart, "shippingAmount", decimals, where);
        BigDecimal total = amount(cart, "total", decimals, where);
        BigDecimal totalExclTax = amount(cart, "totalExclTax", decimals, where);
        BigDecimal rate = cart.getObject("taxRate", BigDecimal.class);
        assertThat(rate.compareTo(shop.firstCountryRate())).as(where).isZero();
        assertThat(sub).as(where).isEqualTo(subtotal);
        BigDecimal expectedDiscount = coupon == null ? BigDecimal.ZERO : switch (coupon.type()) {
            case "percentage" -> sub.multiply(coupon.value()).movePointLeft(2).setScale(decimals, RoundingMode.HALF_UP);
            case "fixed_amount" -> coupon.value().min(sub);
            default -> BigDecimal.ZERO;
        };
        assertThat(discount.compareTo(expectedDiscount)).as(where + ": discount " + discount).isZero();
        if (coupon != null && coupon.type().equals("free_shipping")) {
            assertThat(shipping.signum()).as(where).isZero();
        }
        // ADR 0009: tax once per order on subtotal - discount (shipping is not taxable in this shop)
        BigDecimal base = sub.subtract(discount);
        if (inclusive) {
            assertThat(tax).as(where).isEqualTo(base.multiply(rate).divide(BigDecimal.ONE.add(rate), decimals,
                    RoundingMode.HALF_UP));
            assertThat(total).as(where).isEqualTo(sub.subtract(discount).add(shipping));
        } else {
            assertThat(tax).as(where).isEqualTo(base.multiply(rate).setScale(decimals, RoundingMode.HALF_UP));
            assertThat(total).as(where).isEqualTo(sub.subtract(discount).add(tax).add(shipping));
        }
        assertThat(totalExclTax).as(where).isEqualTo(total.subtract(tax));
    }

    private void checkOut(String session, Shop shop, JsonPath cart, String where) {
        Map<String, Object> body = new HashMap<>();
        body.put("email", session + "@example.test");
        body.put("shippingAddress", MarketCheckoutSystemTests.address(shop.country()));
        JsonPath order = anyone().header("X-Session-Id", session).body(body).post("/api/orders").then()
                .statusCode(201).extract().jsonPath();
        int decimals = Money.decimals(shop.currency());
        BigDecimal total = amount(order, "total", decimals, where);
        assertThat(total).as(where).isEqualTo(cart.getObject("total", BigDecimal.class));
        assertThat(order.getString("currency")).as(where).isEqualTo(shop.currency());
        assertThat(order.getString("market")).as(where).isEqualTo(shop.code());
        String intent = anyone().header("X-Guest-Token", order.getString("guestToken"))
                .post("/api/orders/{id}/payment-intent", order.getString("id")).then().statusCode(200)
                .extract().path("paymentIntentId");
        PaymentProvider.Intent atProvider = provider.retrieve(intent);
        assertThat(atProvider.amountMinor()).as(where).isEqualTo(total.movePointRight(decimals).longValueExact());
        assertThat(atProvider.currency()).as(where).isEqualTo(shop.currency().toLowerCase());
    }

    /** The amount at the path, which must have exactly the currency's decimals. */
    private static BigDecimal amount(JsonPath json, String path, int decimals, String where) {
        BigDecimal value = json.getObject(path, BigDecimal.class);
        assertThat(value).as(where + ": " + path).isNotNull();
        assertThat(value.scale()).as(where + ": decimals of " + path + " = " + value).isEqualTo(decimals);
        return value;
    }
}
