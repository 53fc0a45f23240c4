package dev.comptoir.catalog;

import static dev.comptoir.catalog.CatalogApi.anyone;
import static dev.comptoir.catalog.CatalogApi.product;
import static dev.comptoir.catalog.CatalogApi.unique;
import static dev.comptoir.catalog.CatalogApi.variant;
import static dev.comptoir.catalog.MarketCatalogSystemTests.market;
import static dev.comptoir.catalog.ProductPricesSystemTests.price;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestAccounts.Account;
import dev.comptoir.support.TestTokens;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Storefront reads at the prices that price lists give their reader (ADR 0010): a sale for everyone in
 * one currency, an override for a customer group, and the anonymous response cache that follows list,
 * market and period changes at once. A Swiss market (CHF, tax included at 8.1%) beside the default one
 * (EUR, tax excluded).
 */
@SystemTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PriceListCatalogSystemTests {

    @Autowired
    TestTokens tokens;

    @Autowired
    TestAccounts accounts;

    CatalogApi api;
    String swiss;

    @BeforeAll
    void createMarket() {
        api = new CatalogApi(tokens.admin());
        swiss = unique("chpl");
        api.admin().body(market(swiss, "Suisse", List.of("CH"), "CHF", true, "9.00")).post("/api/admin/markets")
                .then().statusCode(201);
    }

    @AfterAll
    void deleteMarket() {
        api.admin().delete("/api/admin/markets/{code}", swiss).then().statusCode(204);
    }

    @Test
    void aSaleForEveryoneShowsOnProductListingAndSearchWithTheRegularPriceToCompareInItsCurrencyOnly() {
        String category = api.category(unique("Soldes"), null);
        String word = unique("quibbix").replace("-", "");
        Map<String, Object> plain = product("Lampe " + word, "50.00", 5);
        plain.put("categoryId", category);
        plain.put("prices", List.of(price("CHF", "60.00")));
        String sku = (String) plain.get("sku");
        String lamp = api.create(plain);
        Map<String, Object> sized = product("Chaise " + word, "30.00", 0);
        sized.put("categoryId", category);
        sized.put("prices", List.of(price("CHF", "40.00")));
        Map<String, Object> medium = variant("M", Map.of("size", "M"), 4);
        medium.put("prices", List.of(price("CHF", "44.00")));
        Map<String, Object> small = variant("S", Map.of("size", "S"), 3);
        sized.put("variants", List.of(small, medium));
        String chair = api.create(sized);
        String mediumSku = (String) medium.get("sku");

        createList(list("Soldes d'hiver", "sale", "CHF", Map.of(sku, "45.00", mediumSku, "33.00")));

        anyone().queryParam("market", swiss).get("/api/products/" + lamp).then().statusCode(200)
                .body("currency", equalTo("CHF"))
                .body("price", equalTo(new BigDecimal("48.65")))
                .body("priceExclTax", equalTo(new BigDecimal("45.00")))
                .body("priceInclTax", equalTo(new BigDecimal("48.65")))
                .body("compareAtPrice", equalTo(new BigDecimal("64.86")))
                .body("isOnSale", equalTo(true))
                .body("discountPercentage", equalTo(25));
        anyone().queryParam("market", swiss).get("/api/products/" + chair).then().statusCode(200)
                .body("price", equalTo(new BigDecimal("43.24")))
                .body("compareAtPrice", nullValue())
                .body("variants.sku", contains(small.get("sku"), mediumSku))
                .body("variants.effectivePrice", contains(new BigDecimal("43.24"), new BigDecimal("35.67")))
                .body("variants.priceExclTax", contains(new BigDecimal("40.00"), new BigDecimal("33.00")))
                .body("variants.compareAtPrice", contains(null, new BigDecimal("47.56")));

        anyone().queryParam("market", swiss).get("/api/products?category=" + category + "&sort=price_asc").then()
                .statusCode(200)
                .body("data.id", contains(chair, lamp))
                .body("data[1].price", equalTo(new BigDecimal("48.65")))
                .body("data[1].compareAtPrice", equalTo(new BigDecimal("64.86")))
                .body("data[0].variants[1].compareAtPrice", equalTo(new BigDecimal("47.56")));
        anyone().queryParam("market", swiss).queryParam("q", word).get("/api/products").then().statusCode(200)
                .body("data.find { it.id == '" + lamp + "' }.price", equalTo(new BigDecimal("48.65")))
                .body("data.find { it.id == '" + lamp + "' }.compareAtPrice", equalTo(new BigDecimal("64.86")));

        // the default market sells in EUR: a CHF list does not apply there
        anyone().get("/api/products/" + lamp).then().statusCode(200)
                .body("currency", equalTo("EUR"))
                .body("price", equalTo(new BigDecimal("50.00")))
                .body("compareAtPrice", nullValue())
                .body("isOnSale", equalTo(false));
        anyone().queryParam("q", word).get("/api/products").then().statusCode(200)
                .body("data.find { it.id == '" + lamp + "' }.price", equalTo(new BigDecimal("50.00")))
                .body("data.find { it.id == '" + chair + "' }.variants[1].compareAtPrice", nullValue());
    }

    @Test
    void aGroupOverrideIsSeenByASignedInMemberOnly() {
        String category = api.category(unique("Vip"), null);
        Map<String, Object> body = product("Sac " + unique("vip"), "80.00", 5);
        body.put("categoryId", category);
        String sku = (String) body.get("sku");
        String bag = api.create(body);
        Account member = accounts.register();
        Account other = accounts.register();
        String vip = api.admin().body(Map.of("name", unique("VIP"))).post("/api/admin/customer-groups").then()
                .statusCode(201).extract().path("id");
        api.admin().body(Map.of("userIds", List.of(member.id()))).post("/api/admin/customer-groups/{id}/members", vip)
                .then().statusCode(200);
        Map<String, Object> override = list("VIP", "override", "EUR", Map.of(sku, "70.00"));
        override.put("customerGroupIds", List.of(vip));
        createList(override);

        signedIn(member).get("/api/products/" + bag).then().statusCode(200)
                .header("Cache-Control", "private, max-age=60")
                .header("Vary", containsString("Authorization"))
                .body("price", equalTo(new BigDecimal("70.00")))
                .body("compareAtPrice", nullValue())
                .body("isOnSale", equalTo(false));
        signedIn(member).get("/api/products?category=" + category).then().statusCode(200)
                .body("data[0].price", equalTo(new BigDecimal("70.00")));
        signedIn(other).get("/api/products/" + bag).then().statusCode(200)
                .body("price", equalTo(new BigDecimal("80.00")));
        signedIn(other).get("/api/products?category=" + category).then().statusCode(200)
                .body("data[0].price", equalTo(new BigDecimal("80.00")));
        for (int i = 0; i < 2; i++) {
            anyone().get("/api/products/" + bag).then().statusCode(200)
                    .body("price", equalTo(new BigDecimal("80.00")));
        }
    }

    @Test
    void anAnonymousCachedReadShowsAPriceListEditAtOnce() {
        Map<String, Object> body = product("Vase " + unique("cache"), "30.00", 5);
        String sku = (String) body.get("sku");
        String path = "/api/products/" + api.create(body);
        anyone().get(path).then().statusCode(200).body("price", equalTo(new BigDecimal("30.00")));
        anyone().get(path).then().statusCode(200).header("X-Cache", "HIT");

        String id = createList(list("Flash", "sale", "EUR", Map.of(sku, "25.00")));
        anyone().get(path).then().statusCode(200).header("X-Cache", "MISS")
                .body("price", equalTo(new BigDecimal("25.00")))
                .body("compareAtPrice", equalTo(new BigDecimal("30.00")));
        anyone().get(path).then().header("X-Cache", "HIT");

        api.admin().body(list("Flash", "sale", "EUR", Map.of(sku, "20.00"))).put("/api/admin/price-lists/{id}", id)
                .then().statusCode(200);
        anyone().get(path).then().statusCode(200).body("price", equalTo(new BigDecimal("20.00")));

        Map<String, Object> draft = list("Flash", "sale", "EUR", Map.of(sku, "20.00"));
        draft.put("status", "draft");
        api.admin().body(draft).put("/api/admin/price-lists/{id}", id).then().statusCode(200);
        anyone().get(path).then().statusCode(200).body("price", equalTo(new BigDecimal("30.00")))
                .body("compareAtPrice", nullValue());

        api.admin().body(list("Flash", "sale", "EUR", Map.of(sku, "22.00"))).put("/api/admin/price-lists/{id}", id)
                .then().statusCode(200);
        anyone().get(path).then().body("price", equalTo(new BigDecimal("22.00")));
        api.admin().delete("/api/admin/price-lists/{id}", id).then().statusCode(204);
        anyone().get(path).then().statusCode(200).body("price", equalTo(new BigDecimal("30.00")));
    }

    @Test
    void anAnonymousCachedReadShowsAMarketEditAtOnce() {
        String japan = unique("jppl");
        Map<String, Object> settings = market(japan, "Japan", List.of("JP"), "JPY", false, "1500");
        api.admin().body(settings).post("/api/admin/markets").then().statusCode(201);
        try {
            Map<String, Object> body = product("Bol " + unique("jp"), "10.00", 5);
            body.put("prices", List.of(price("JPY", "1000")));
            String path = "/api/products/" + api.create(body) + "?market=" + japan;
            anyone().get(path).then().statusCode(200).body("price", equalTo(1000));
            anyone().get(path).then().statusCode(200).header("X-Cache", "HIT");

            settings.put("taxInclusive", true);
            api.admin().body(settings).put("/api/admin/markets/{code}", japan).then().statusCode(200);
            anyone().get(path).then().statusCode(200).header("X-Cache", "MISS")
                    .body("price", equalTo(1100))
                    .body("priceExclTax", equalTo(1000));
        } finally {
            api.admin().delete("/api/admin/markets/{code}", japan).then().statusCode(204);
        }
    }

    /**
     * A list whose period starts three seconds ahead and lasts three: every read answered before it starts
     * shows the regular price (cached ones too), every read sent once it has started and answered before it
     * ends shows the sale, and every read sent after its end the regular price again, though the cache's
     * entries live five seconds.
     */
    @Test
    void aListIsShownFromTheStartOfItsPeriodToItsEndAndNotBefore() {
        Map<String, Object> body = product("Tapis " + unique("period"), "15.00", 5);
        String sku = (String) body.get("sku");
        String path = "/api/products/" + api.create(body);
        Instant startsAt = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.MILLIS);
        Instant endsAt = startsAt.plusSeconds(3);
        Map<String, Object> sale = list("Happy hour", "sale", "EUR", Map.of(sku, "10.00"));
        sale.put("startsAt", startsAt.toString());
        sale.put("endsAt", endsAt.toString());
        createList(sale);

        int before = 0;
        int during = 0;
        int after = 0;
        while (Instant.now().isBefore(endsAt.plusSeconds(1))) {
            Instant sent = Instant.now();
            JsonPath answer = anyone().get(path).then().statusCode(200).extract().jsonPath();
            Instant answered = Instant.now();
            BigDecimal shown = new BigDecimal(answer.getString("price"));
            if (answered.isBefore(startsAt)) {
                assertThat(shown).as("before the period").isEqualByComparingTo("15.00");
                before++;
            } else if (!sent.isBefore(startsAt) && answered.isBefore(endsAt)) {
                assertThat(shown).as("in the period").isEqualByComparingTo("10.00");
                assertThat(new BigDecimal(answer.getString("compareAtPrice"))).isEqualByComparingTo("15.00");
                during++;
            } else if (!sent.isBefore(endsAt)) {
                assertThat(shown).as("after the period").isEqualByComparingTo("15.00");
                after++;
            }
        }
        assertThat(before).isPositive();
        assertThat(during).isPositive();
        assertThat(after).isPositive();
    }

    private io.restassured.specification.RequestSpecification signedIn(Account account) {
        return anyone().auth().oauth2(account.accessToken());
    }

    private String createList(Map<String, Object> body) {
        return api.admin().body(body).post("/api/admin/price-lists").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> list(String name, String type, String currency, Map<String, String> prices) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("type", type);
        body.put("status", "active");
        body.put("currency", currency);
        body.put("prices", prices.entrySet().stream()
                .map(e -> Map.of("sku", e.getKey(), "amount", new BigDecimal(e.getValue()))).toList());
        return body;
    }
}
