package dev.comptoir.orders;

import static dev.comptoir.support.TestMarkets.anyone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.comptoir.payments.provider.PaymentProvider;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestCatalog.Sku;
import dev.comptoir.support.TestMailServer;
import dev.comptoir.support.TestMarkets;
import dev.comptoir.support.TestPayments;
import dev.comptoir.support.TestTokens;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Cart, checkout, payment and analytics in markets made over the API: the default one (EUR, tax
 * excluded), Switzerland (CHF, tax included at 8.1%, CH and LI) and Japan (JPY, no decimals, tax
 * excluded at 10%). Amounts are read as BigDecimal, so that their scale is checked too.
 */
@SystemTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarketCheckoutSystemTests {

    @Autowired
    TestTokens tokens;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestPayments payments;
    @Autowired
    PaymentProvider provider;

    TestMarkets shop;
    String swiss;
    String japan;

    @BeforeAll
    void createMarkets() {
        shop = new TestMarkets(tokens.admin());
        swiss = shop.market("ch", List.of("CH", "LI"), "CHF", true, "9.00", List.of("de", "fr", "en"));
        japan = shop.market("jp", List.of("JP"), "JPY", false, "1500", List.of("en"));
    }

    @AfterAll
    void deleteMarkets() {
        shop.delete(swiss);
        shop.delete(japan);
    }

    static Map<String, Object> address(String country) {
        return Map.of("firstName", "Aiko", "lastName", "Sato", "line1", "1-1 Chiyoda", "city", "Tokyo",
                "postalCode", "100-0001", "country", country);
    }

    static RequestSpecification guest(String session) {
        return anyone().header("X-Session-Id", session);
    }

    static String session() {
        return "market-" + UUID.randomUUID();
    }

    static Map<String, Object> item(Sku sku, int quantity) {
        return Map.of("productId", sku.productId(), "quantity", quantity);
    }

    static Map<String, Object> guestCheckout(String country) {
        Map<String, Object> body = new HashMap<>();
        body.put("email", "buyer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test");
        body.put("shippingAddress", address(country));
        return body;
    }

    @Test
    void aJapaneseCartIsCheckedOutAndItsPaymentIntentAsksTheProviderForTheTotalInYen() {
        Sku sku = shop.product("12.00", Map.of("JPY", "1364"), 50);
        String session = session();
        guest(session).queryParam("market", japan).body(item(sku, 3)).post("/api/cart/items").then().statusCode(200)
                .body("market", equalTo(japan))
                .body("currency", equalTo("JPY"))
                .body("taxInclusive", equalTo(false))
                .body("items[0].unitPrice", equalTo(1364))
                .body("items[0].unitPriceExclTax", equalTo(1364))
                .body("items[0].unitPriceInclTax", equalTo(1500))
                .body("items[0].lineTotal", equalTo(4092))
                .body("subtotal", equalTo(4092))
                .body("taxAmount", equalTo(409))
                .body("shippingAmount", equalTo(1500))
                .body("total", equalTo(6001))
                .body("totalExclTax", equalTo(5592));

        // the checkout chooses no market: the cart's own is used
        Map<String, Object> checkout = guestCheckout("JP");
        JsonPath order = guest(session).header("Accept-Language", "fr").body(checkout).post("/api/orders").then()
                .statusCode(201)
                .body("market", equalTo(japan))
                .body("currency", equalTo("JPY"))
                .body("taxInclusive", equalTo(false))
                .body("locale", equalTo("en"))
                .body("items[0].unitPrice", equalTo(1364))
                .body("subtotal", equalTo(4092))
                .body("taxAmount", equalTo(409))
                .body("total", equalTo(6001))
                .body("totalExclTax", equalTo(5592))
                .extract().jsonPath();

        RequestSpecification owner = anyone().header("X-Guest-Token", order.getString("guestToken"));
        String intent = owner.post("/api/orders/{id}/payment-intent", order.getString("id")).then().statusCode(200)
                .body("amount", equalTo(6001))
                .body("currency", equalTo("JPY"))
                .extract().path("paymentIntentId");
        PaymentProvider.Intent atProvider = provider.retrieve(intent);
        assertThat(atProvider.amountMinor()).isEqualTo(6001L);
        assertThat(atProvider.currency()).isEqualTo("jpy");

        payments.pay(order.getString("id"), anyone().header("X-Guest-Token", order.getString("guestToken")));
        anyone().auth().oauth2(tokens.admin()).get("/api/admin/orders/{id}/payments", order.getString("id")).then()
                .statusCode(200)
                .body("paid", equalTo(6001));
        // a refund in yen: whole yen only, never rounded silently
        anyone().auth().oauth2(tokens.admin()).body(Map.of("amount", new BigDecimal("100.5")))
                .post("/api/admin/orders/{id}/refunds", order.getString("id")).then().statusCode(400)
                .body("error", equalTo("invalid_amount"));
        anyone().auth().oauth2(tokens.admin()).body(Map.of("amount", 1000))
                .post("/api/admin/orders/{id}/refunds", order.getString("id")).then().statusCode(201)
                .body("amount", equalTo(1000))
                .body("currency", equalTo("JPY"));
        anyone().auth().oauth2(tokens.admin()).queryParam("orderNumber", order.getString("orderNumber"))
                .get("/api/admin/orders").then().statusCode(200)
                .body("data[0].market", equalTo(japan))
                .body("data[0].total", equalTo(6001));
        // the confirmation writes yen without decimals, in the order's language (the market's only one)
        String email = (String) checkout.get("email");
        await().atMost(Duration.ofSeconds(20)).until(() -> !TestMailServer.messagesTo(email).isEmpty());
        String text = TestMailServer.text(TestMailServer.messagesTo(email).get(0));
        assertThat(text).contains("6,001").doesNotContain("6,001.00").doesNotContain("6001.00");
    }

    @Test
    void aSwissOrderIncludesTaxAndExtractsItOnceFromTheTotal() {
        Sku sku = shop.product("20.00", Map.of("CHF", "25.00"), 50);
        String coupon = shop.coupon("percentage", "10", null, null);
        TestAccounts.Account customer = accounts.register();
        RequestSpecification buyer = anyone().auth().oauth2(customer.accessToken());
        buyer.header("X-Market", swiss).body(item(sku, 2)).post("/api/cart/items").then().statusCode(200)
                .body("market", equalTo(swiss))
                .body("currency", equalTo("CHF"))
                .body("taxInclusive", equalTo(true))
                .body("items[0].unitPrice", equalTo(new BigDecimal("27.03")))
                .body("items[0].unitPriceExclTax", equalTo(new BigDecimal("25.00")))
                .body("items[0].unitPriceInclTax", equalTo(new BigDecimal("27.03")))
                .body("subtotal", equalTo(new BigDecimal("54.06")));
        anyone().auth().oauth2(customer.accessToken()).body(Map.of("code", coupon)).post("/api/cart/coupon").then()
                .statusCode(200)
                .body("market", equalTo(swiss))
                .body("discountAmount", equalTo(new BigDecimal("5.41")));

        // the market ships to CH and LI only
        anyone().auth().oauth2(customer.accessToken()).body(Map.of("shippingAddress", address("FR")))
                .post("/api/orders").then().statusCode(422)
                .body("error", equalTo("shipping_unavailable"));

        JsonPath order = anyone().auth().oauth2(customer.accessToken()).body(Map.of("shippingAddress", address("CH")))
                .post("/api/orders").then().statusCode(201)
                .body("market", equalTo(swiss))
                .body("currency", equalTo("CHF"))
                .body("taxInclusive", equalTo(true))
                .body("items[0].unitPrice", equalTo(new BigDecimal("27.03")))
                .body("items[0].unitPriceExclTax", equalTo(new BigDecimal("25.00")))
                .extract().jsonPath();
        BigDecimal subtotal = order.getObject("subtotal", BigDecimal.class);
        BigDecimal discount = order.getObject("discountAmount", BigDecimal.class);
        BigDecimal shipping = order.getObject("shippingAmount", BigDecimal.class);
        BigDecimal tax = order.getObject("taxAmount", BigDecimal.class);
        BigDecimal total = order.getObject("total", BigDecimal.class);
        assertThat(subtotal).isEqualTo(new BigDecimal("54.06"));
        assertThat(discount).isEqualTo(new BigDecimal("5.41"));
        assertThat(shipping).isEqualTo(new BigDecimal("9.00"));
        // ADR 0009, tax-inclusive: total = subtotal - discount + shipping; tax = round(48.65 × 0.081 / 1.081)
        assertThat(total).isEqualTo(subtotal.subtract(discount).add(shipping)).isEqualTo(new BigDecimal("57.65"));
        assertThat(tax).isEqualTo(new BigDecimal("3.65"));
        assertThat(order.getObject("totalExclTax", BigDecimal.class)).isEqualTo(total.subtract(tax));
        String intent = anyone().auth().oauth2(customer.accessToken())
                .post("/api/orders/{id}/payment-intent", order.getString("id")).then().statusCode(200)
                .extract().path("paymentIntentId");
        assertThat(provider.retrieve(intent).amountMinor()).isEqualTo(5765L);
        anyone().auth().oauth2(customer.accessToken()).get("/api/orders").then().statusCode(200)
                .body("data[0].market", equalTo(swiss))
                .body("data[0].currency", equalTo("CHF"))
                .body("data[0].total", equalTo(new BigDecimal("57.65")));
    }

    @Test
    void movingACartFromEurosToYenRepricesEachLineWithAWarningAndKeepsItThere() {
        Sku both = shop.product("20.00", Map.of("JPY", "3000"), 50);
        Sku euroOnly = shop.product("10.00", Map.of(), 50);
        String session = session();
        guest(session).body(item(both, 1)).post("/api/cart/items").then().statusCode(200)
                .body("market", equalTo("default"));
        guest(session).body(item(euroOnly, 2)).post("/api/cart/items").then().statusCode(200)
                .body("currency", equalTo("EUR"))
                .body("subtotal", equalTo(new BigDecimal("40.00")));

        guest(session).queryParam("market", japan).get("/api/cart").then().statusCode(200)
                .body("market", equalTo(japan))
                .body("currency", equalTo("JPY"))
                .body("items.find { it.sku == '" + both.sku() + "' }.unitPrice", equalTo(3000))
                .body("items.find { it.sku == '" + euroOnly.sku() + "' }.availability", equalTo("unavailable"))
                .body("items.find { it.sku == '" + euroOnly.sku() + "' }.unavailableReason",
                        equalTo("not_sold_in_market"))
                .body("items.find { it.sku == '" + euroOnly.sku() + "' }.unitPrice", nullValue())
                .body("subtotal", equalTo(3000))
                .body("warnings.findAll { it.code == 'market_changed' }", hasSize(1))
                .body("warnings.find { it.code == 'market_changed' }.sku", equalTo(both.sku()))
                .body("warnings.find { it.code == 'market_changed' }.message",
                        allOf(containsString("20.00 EUR"), containsString("3000 JPY")))
                .body("warnings.find { it.code == 'product_unavailable' }.sku", equalTo(euroOnly.sku()));

        // a request choosing no market keeps the cart in Japan, and the move is told once
        guest(session).get("/api/cart").then().statusCode(200)
                .body("market", equalTo(japan))
                .body("currency", equalTo("JPY"))
                .body("warnings.findAll { it.code == 'market_changed' || it.code == 'price_changed' }", empty());
        guest(session).body(guestCheckout("JP")).post("/api/orders").then().statusCode(422)
                .body("error", equalTo("not_sold_in_market"));

        // a country another market lists moves it too: back to euros with the price seen in yen told
        guest(session).queryParam("country", "FR").get("/api/cart").then().statusCode(200)
                .body("market", equalTo("default"))
                .body("currency", equalTo("EUR"))
                .body("subtotal", equalTo(new BigDecimal("40.00")))
                .body("warnings.findAll { it.code == 'market_changed' }.sku", hasItem(both.sku()))
                // the yen seen in the currency's decimals: 3000, not 3000.00
                .body("warnings.find { it.code == 'market_changed' && it.sku == '" + both.sku() + "' }.message",
                        allOf(containsString("from 3000 JPY"), containsString("to 20.00 EUR")));
    }

    @Test
    void priceListsPriceTheCartAndTheOrderLineRecordsTheListThatApplied() {
        Sku sku = shop.product("50.00", Map.of(), 50);
        String sale = shop.priceList("sale", "EUR", List.of(), Map.of(sku.sku(), "40.00"));
        TestAccounts.Account vip = accounts.register();
        String group = shop.group(List.of(vip.id()));
        String override = shop.priceList("override", "EUR", List.of(group), Map.of(sku.sku(), "35.00"));

        guest(session()).body(item(sku, 1)).post("/api/cart/items").then().statusCode(200)
                .body("items[0].unitPrice", equalTo(new BigDecimal("40.00")))
                .body("items[0].compareAtPrice", equalTo(new BigDecimal("50.00")))
                .body("items[0].priceListId", equalTo(sale));

        anyone().auth().oauth2(vip.accessToken()).body(item(sku, 2)).post("/api/cart/items").then().statusCode(200)
                .body("items[0].unitPrice", equalTo(new BigDecimal("35.00")))
                .body("items[0].compareAtPrice", nullValue())
                .body("items[0].priceListId", equalTo(override))
                .body("subtotal", equalTo(new BigDecimal("70.00")));
        String orderId = anyone().auth().oauth2(vip.accessToken()).body(Map.of("shippingAddress", address("FR")))
                .post("/api/orders").then().statusCode(201)
                .body("items[0].unitPrice", equalTo(new BigDecimal("35.00")))
                .body("items[0].priceListId", equalTo(override))
                .body("subtotal", equalTo(new BigDecimal("70.00")))
                .extract().path("id");
        anyone().auth().oauth2(vip.accessToken()).get("/api/orders/{id}", orderId).then().statusCode(200)
                .body("items[0].priceListId", equalTo(override));
        anyone().auth().oauth2(tokens.admin()).get("/api/admin/orders/{id}", orderId).then().statusCode(200)
                .body("items[0].priceListId", equalTo(override))
                .body("market", equalTo("default"));

        // a guest's order keeps the sale list
        String session = session();
        guest(session).body(item(sku, 1)).post("/api/cart/items").then().statusCode(200);
        guest(session).body(guestCheckout("FR")).post("/api/orders").then().statusCode(201)
                .body("items[0].unitPrice", equalTo(new BigDecimal("40.00")))
                .body("items[0].compareAtPrice", equalTo(new BigDecimal("50.00")))
                .body("items[0].priceListId", equalTo(sale));
    }

    @Test
    void aFixedCouponAppliesOnlyInItsCurrencyWhileAPercentageAppliesEverywhere() {
        Sku sku = shop.product("30.00", Map.of("JPY", "4000"), 50);
        String euros = shop.coupon("fixed_amount", "5.00", null, null);
        String yen = shop.coupon("fixed_amount", "500", "JPY", null);
        String percent = shop.coupon("percentage", "15", null, null);
        shop.admin().body(Map.of("code", "MKBAD" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(),
                        "type", "fixed_amount", "value", new BigDecimal("500.5"), "currency", "JPY"))
                .post("/api/admin/coupons").then().statusCode(400)
                .body("error", equalTo("invalid_amount"));

        String session = session();
        guest(session).queryParam("market", japan).body(item(sku, 1)).post("/api/cart/items").then().statusCode(200);
        guest(session).body(Map.of("code", euros)).post("/api/cart/coupon").then().statusCode(422)
                .body("error", equalTo("coupon_currency_mismatch"))
                .body("couponCurrency", equalTo("EUR"))
                .body("cartCurrency", equalTo("JPY"));
        guest(session).body(Map.of("code", yen)).post("/api/cart/coupon").then().statusCode(200)
                .body("discountAmount", equalTo(500));
        guest(session).body(Map.of("code", percent)).post("/api/cart/coupon").then().statusCode(200)
                .body("discountAmount", equalTo(600));

        // the yen coupon, re-checked when the cart moves to euros, is refused there with its reason
        guest(session).body(Map.of("code", yen)).post("/api/cart/coupon").then().statusCode(200);
        guest(session).queryParam("market", "default").get("/api/cart").then().statusCode(200)
                .body("currency", equalTo("EUR"))
                .body("discountAmount", equalTo(new BigDecimal("0.00")))
                .body("warnings.code", hasItem("coupon_currency_mismatch"));
        guest(session).body(guestCheckout("FR")).post("/api/orders").then().statusCode(422)
                .body("error", equalTo("coupon_currency_mismatch"));
    }

    @Test
    void analyticsReportEachCurrencyApartAndNeverAddThem() {
        Sku sku = shop.product("10.00", Map.of("JPY", "2000"), 50);
        Map<String, BigDecimal> before = revenueByCurrency();

        String euroSession = session();
        guest(euroSession).body(item(sku, 1)).post("/api/cart/items").then().statusCode(200);
        JsonPath euro = guest(euroSession).body(guestCheckout("FR")).post("/api/orders").then().statusCode(201)
                .extract().jsonPath();
        String yenSession = session();
        guest(yenSession).queryParam("market", japan).body(item(sku, 2)).post("/api/cart/items").then()
                .statusCode(200);
        JsonPath yen = guest(yenSession).body(guestCheckout("JP")).post("/api/orders").then().statusCode(201)
                .extract().jsonPath();
        payments.pay(euro.getString("id"), anyone().header("X-Guest-Token", euro.getString("guestToken")));
        payments.pay(yen.getString("id"), anyone().header("X-Guest-Token", yen.getString("guestToken")));
        BigDecimal euroTotal = euro.getObject("total", BigDecimal.class);
        BigDecimal yenTotal = yen.getObject("total", BigDecimal.class);
        assertThat(yenTotal).isEqualTo(new BigDecimal("5900")); // 4000 + 400 tax + 1500 shipping

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Map<String, BigDecimal> after = revenueByCurrency();
            assertThat(after.get("EUR").subtract(before.getOrDefault("EUR", BigDecimal.ZERO))).isEqualTo(euroTotal);
            assertThat(after.get("JPY").subtract(before.getOrDefault("JPY", new BigDecimal("0")))).isEqualTo(yenTotal);
        });
        JsonPath summary = anyone().auth().oauth2(tokens.admin()).queryParam("currency", "JPY")
                .get("/api/admin/analytics/summary").then().statusCode(200)
                .body("currency", equalTo("JPY"))
                .body("byCurrency.currency", hasItem("EUR"))
                .extract().jsonPath();
        assertThat(new BigDecimal(summary.getString("revenue"))).isEqualTo(revenueByCurrency().get("JPY"));
        String csv = anyone().auth().oauth2(tokens.admin()).accept("text/csv").get("/api/admin/analytics/summary")
                .then().statusCode(200).extract().asString();
        assertThat(csv.lines().findFirst().orElseThrow()).contains("currency").contains("revenue");
        assertThat(csv.lines().filter(l -> l.contains(",JPY,"))).hasSize(1);
        assertThat(csv.lines().filter(l -> l.contains(",EUR,"))).hasSize(1);
        anyone().auth().oauth2(tokens.admin()).queryParam("currency", "JPY").get("/api/admin/analytics/top-products")
                .then().statusCode(200)
                .body("data.currency", everyItemIs("JPY"));
    }

    private static org.hamcrest.Matcher<Iterable<? extends String>> everyItemIs(String value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }

    private Map<String, BigDecimal> revenueByCurrency() {
        List<Map<String, Object>> rows = anyone().auth().oauth2(tokens.admin()).get("/api/admin/analytics/summary")
                .then().statusCode(200).extract().jsonPath().getList("byCurrency");
        Map<String, BigDecimal> revenue = new HashMap<>();
        rows.forEach(r -> revenue.put((String) r.get("currency"), new BigDecimal(r.get("revenue").toString())));
        return revenue;
    }
}
