package dev.comptoir.cart;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestAccounts.Account;
import dev.comptoir.support.TestCatalog.Sku;
import dev.comptoir.support.TestMarkets;
import dev.comptoir.support.TestTokens;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An anonymous cart in the default market (EUR, VAT excluded) merged at sign-in into the customer's cart
 * in a Swiss market (CHF, VAT 8.1% included): the merged lines are seen at their Swiss price.
 */
@SystemTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CartMergeAcrossMarketsSystemTests {

    @Autowired
    TestTokens tokens;
    @Autowired
    TestAccounts accounts;

    TestMarkets shop;
    String swiss;

    @BeforeAll
    void createMarket() {
        shop = new TestMarkets(tokens.admin());
        swiss = shop.market("chm", List.of("CH"), "CHF", true, "9.00", List.of("fr"));
    }

    @AfterAll
    void deleteMarket() {
        shop.delete(swiss);
    }

    private static Map<String, Object> item(Sku sku, int quantity) {
        return Map.of("productId", sku.productId(), "quantity", quantity);
    }

    @Test
    void mergedLinesAreSeenAtTheirPriceInTheCustomersMarketSoOnlyARealChangeWarns() {
        Sku kept = shop.product("5.00", Map.of("CHF", "8.00"), 20);
        Sku lamp = shop.product("10.00", Map.of("CHF", "20.00"), 20);
        Sku euroOnly = shop.product("12.00", Map.of(), 20);
        Account customer = accounts.register();
        TestMarkets.anyone().auth().oauth2(customer.accessToken()).queryParam("market", swiss).body(item(kept, 1))
                .post("/api/cart/items").then().statusCode(200).body("market", equalTo(swiss));
        String session = "merge-" + UUID.randomUUID();
        TestMarkets.anyone().header("X-Session-Id", session).body(item(lamp, 2)).post("/api/cart/items").then()
                .statusCode(200).body("currency", equalTo("EUR")).body("items[0].unitPrice", equalTo(new BigDecimal("10.00")));
        TestMarkets.anyone().header("X-Session-Id", session).body(item(euroOnly, 1)).post("/api/cart/items").then()
                .statusCode(200);

        String token = TestMarkets.anyone().header("X-Session-Id", session)
                .body(Map.of("email", customer.email(), "password", customer.password()))
                .post("/api/auth/login").then().statusCode(200).extract().path("accessToken");

        // 20.00 CHF net with Swiss VAT: 21.62, seen as such; the euro-only line is there, unavailable
        String lampLine = "items.find { it.sku == '" + lamp.sku() + "' }.";
        String euroLine = "items.find { it.sku == '" + euroOnly.sku() + "' }.";
        TestMarkets.anyone().auth().oauth2(token).get("/api/cart").then().statusCode(200)
                .body("market", equalTo(swiss))
                .body("currency", equalTo("CHF"))
                .body("items", hasSize(3))
                .body(lampLine + "quantity", equalTo(2))
                .body(lampLine + "unitPrice", equalTo(new BigDecimal("21.62")))
                .body(euroLine + "unavailableReason", equalTo("not_sold_in_market"))
                .body("warnings.findAll { it.code == 'price_changed' || it.code == 'market_changed' }", empty());

        // a real change afterwards warns once, from the Swiss price it was seen at
        shop.admin().body(Map.of("prices", List.of(Map.of("currency", "EUR", "amount", new BigDecimal("10.00")),
                        Map.of("currency", "CHF", "amount", new BigDecimal("25.00")))))
                .patch("/api/products/{id}", lamp.productId()).then().statusCode(200);
        TestMarkets.anyone().auth().oauth2(token).get("/api/cart").then().statusCode(200)
                .body(lampLine + "unitPrice", equalTo(new BigDecimal("27.03")))
                .body("warnings.findAll { it.code == 'price_changed' }.sku", contains(lamp.sku()))
                .body("warnings.find { it.code == 'price_changed' }.message",
                        equalTo("The price changed from 21.62 to 27.03"));
    }
}
