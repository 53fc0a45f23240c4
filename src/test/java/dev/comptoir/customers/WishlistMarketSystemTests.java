package dev.comptoir.customers;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestAccounts.Account;
import dev.comptoir.support.TestCatalog.Sku;
import dev.comptoir.support.TestMarkets;
import dev.comptoir.support.TestTokens;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The wishlist priced in the request's market as the product detail prices it for the customer: a Swiss
 * market (CHF, VAT 8.1% included) beside the default one (EUR, VAT excluded), a CHF sale for everyone and
 * a CHF override for a customer group.
 */
@SystemTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WishlistMarketSystemTests {

    @Autowired
    TestTokens tokens;
    @Autowired
    TestAccounts accounts;

    TestMarkets shop;
    String swiss;

    @BeforeAll
    void createMarket() {
        shop = new TestMarkets(tokens.admin());
        swiss = shop.market("chw", List.of("CH"), "CHF", true, "9.00", List.of("fr"));
    }

    @AfterAll
    void deleteMarket() {
        shop.delete(swiss);
    }

    private static ValidatableResponse list(Account who, String market) {
        var request = TestMarkets.anyone().auth().oauth2(who.accessToken());
        if (market != null) {
            request.queryParam("market", market);
        }
        return request.get("/api/users/me/wishlist").then().statusCode(200);
    }

    private static String item(Sku sku) {
        return "data.find { it.productId == '" + sku.productId() + "' }.";
    }

    @Test
    void itemsArePricedInTheMarketWithItsTaxAndSalesAndAProductNotSoldThereStaysWithoutPrice() {
        Account customer = accounts.register();
        Sku lamp = shop.product("10.00", Map.of("CHF", "20.00"), 50);
        Sku euroOnly = shop.product("12.00", Map.of(), 5);
        shop.priceList("sale", "CHF", List.of(), Map.of(lamp.sku(), "15.00"));

        TestMarkets.anyone().auth().oauth2(customer.accessToken()).queryParam("market", swiss)
                .body(Map.of("productId", lamp.productId())).post("/api/users/me/wishlist").then().statusCode(201)
                .body("currency", equalTo("CHF"))
                .body("price", equalTo(new BigDecimal("16.22")))
                .body("compareAtPrice", equalTo(new BigDecimal("21.62")));
        TestMarkets.anyone().auth().oauth2(customer.accessToken()).queryParam("market", swiss)
                .body(Map.of("productId", euroOnly.productId())).post("/api/users/me/wishlist").then().statusCode(201)
                .body("currency", equalTo("CHF"))
                .body("price", nullValue())
                .body("stockStatus", equalTo("not_sold_in_market"));

        // 15.00 net on sale, 20.00 regular, both shown with Swiss VAT; the euro-only product stays listed
        list(customer, swiss)
                .body("pagination.total", equalTo(2))
                .body(item(lamp) + "currency", equalTo("CHF"))
                .body(item(lamp) + "price", equalTo(new BigDecimal("16.22")))
                .body(item(lamp) + "compareAtPrice", equalTo(new BigDecimal("21.62")))
                .body(item(lamp) + "stockStatus", equalTo("in_stock"))
                .body(item(euroOnly) + "currency", equalTo("CHF"))
                .body(item(euroOnly) + "price", nullValue())
                .body(item(euroOnly) + "compareAtPrice", nullValue())
                .body(item(euroOnly) + "stockStatus", equalTo("not_sold_in_market"));
        // the default market: euros, net, the CHF sale does not apply
        list(customer, null)
                .body(item(lamp) + "currency", equalTo("EUR"))
                .body(item(lamp) + "price", equalTo(new BigDecimal("10.00")))
                .body(item(lamp) + "compareAtPrice", nullValue())
                .body(item(euroOnly) + "price", equalTo(new BigDecimal("12.00")))
                .body(item(euroOnly) + "stockStatus", equalTo("low_stock"));
        // the market chosen by country, as product reads do
        TestMarkets.anyone().auth().oauth2(customer.accessToken()).queryParam("country", "CH")
                .get("/api/users/me/wishlist").then().statusCode(200)
                .body(item(lamp) + "price", equalTo(new BigDecimal("16.22")));
    }

    @Test
    void aGroupsOverrideIsTheMembersPriceOnly() {
        Account member = accounts.register();
        Account other = accounts.register();
        Sku chair = shop.product("30.00", Map.of("CHF", "40.00"), 5);
        String vip = shop.group(List.of(member.id()));
        shop.priceList("override", "CHF", List.of(vip), Map.of(chair.sku(), "12.00"));
        for (Account who : List.of(member, other)) {
            TestMarkets.anyone().auth().oauth2(who.accessToken()).body(Map.of("productId", chair.productId()))
                    .post("/api/users/me/wishlist").then().statusCode(201);
        }

        // 12.00 × 1.081 = 12.972 → 12.97; an override is no sale: nothing to compare at
        list(member, swiss).body(item(chair) + "price", equalTo(new BigDecimal("12.97")))
                .body(item(chair) + "compareAtPrice", nullValue());
        list(other, swiss).body(item(chair) + "price", equalTo(new BigDecimal("43.24")));
        list(member, null).body(item(chair) + "price", equalTo(new BigDecimal("30.00")));
    }
}
