package dev.comptoir.catalog;

import static dev.comptoir.catalog.CatalogApi.anyone;
import static dev.comptoir.catalog.CatalogApi.product;
import static dev.comptoir.catalog.CatalogApi.unique;
import static dev.comptoir.catalog.CatalogApi.variant;
import static dev.comptoir.catalog.ProductPricesSystemTests.price;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestTokens;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
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
 * Catalog reads in three markets made over the API: the default one (EUR, tax excluded, FR's 20% for
 * priceInclTax), Switzerland (CHF, tax included at 8.1%) and Japan (JPY, no decimals, tax excluded,
 * 10%). Three products: A in EUR, CHF and JPY (on sale in CHF, with variants), B in EUR and JPY only,
 * C in all three with amounts whose tax rounds half-up.
 */
@SystemTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarketCatalogSystemTests {

    @Autowired
    TestTokens tokens;

    CatalogApi api;
    String swiss;
    String japan;
    String category;
    String word;
    String a;
    String aSlug;
    String b;
    String bSlug;
    String c;

    @BeforeAll
    void createMarketsAndProducts() {
        api = new CatalogApi(tokens.admin());
        swiss = unique("ch");
        japan = unique("jp");
        api.admin().body(market(swiss, "Suisse", List.of("CH", "LI"), "CHF", true, "9.00"))
                .post("/api/admin/markets").then().statusCode(201);
        api.admin().body(market(japan, "Japan", List.of("JP"), "JPY", false, "1500"))
                .post("/api/admin/markets").then().statusCode(201);

        category = api.category(unique("Markets"), null);
        word = unique("zorblax").replace("-", "");
        Map<String, Object> pa = product("Montre " + word + " A", "54.00", 0);
        pa.put("categoryId", category);
        pa.put("prices", List.of(price("CHF", "60.00", "70.00"), price("JPY", "9800")));
        Map<String, Object> medium = variant("M", Map.of("size", "M"), 4);
        medium.put("prices", List.of(price("EUR", "56.00"), price("CHF", "62.00")));
        pa.put("variants", List.of(variant("S", Map.of("size", "S"), 3), medium));
        JsonPath created = api.admin().body(pa).post("/api/products").then().statusCode(201).extract().jsonPath();
        a = created.getString("id");
        aSlug = created.getString("slug");

        Map<String, Object> pb = product("Montre " + word + " B", "20.00", 5);
        pb.put("categoryId", category);
        pb.put("prices", List.of(price("JPY", "3000")));
        created = api.admin().body(pb).post("/api/products").then().statusCode(201).extract().jsonPath();
        b = created.getString("id");
        bSlug = created.getString("slug");

        Map<String, Object> pc = product("Montre " + word + " C", "30.00", 5);
        pc.put("categoryId", category);
        pc.put("prices", List.of(price("CHF", "25.00"), price("JPY", "1364")));
        c = api.create(pc);
    }

    @AfterAll
    void deleteMarkets() {
        for (String code : List.of(swiss, japan)) {
            api.admin().delete("/api/admin/markets/{code}", code).then().statusCode(204);
        }
    }

    static Map<String, Object> market(String code, String name, List<String> countries, String currency,
            boolean taxInclusive, String flatRate) {
        Map<String, Object> zone = new HashMap<>();
        zone.put("name", code + "-zone");
        zone.put("countries", new ArrayList<>(countries));
        zone.put("flatRate", new BigDecimal(flatRate));
        zone.put("deliveryDaysMin", 1);
        zone.put("deliveryDaysMax", 4);
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("countries", new ArrayList<>(countries));
        body.put("currency", currency);
        body.put("taxInclusive", taxInclusive);
        body.put("defaultLocale", "en");
        body.put("locales", List.of("en"));
        body.put("shippingZones", List.of(zone));
        return body;
    }

    private ValidatableResponse list(String market, String query) {
        return anyone().queryParam("market", market).get("/api/products?category=" + category + "&" + query)
                .then().statusCode(200);
    }

    @Test
    void theDefaultMarketShowsEurosExcludingTaxAsBefore() {
        anyone().get("/api/products/" + a).then().statusCode(200)
                .body("market", equalTo("default"))
                .body("currency", equalTo("EUR"))
                .body("price", equalTo(new BigDecimal("54.00")))
                .body("priceExclTax", equalTo(new BigDecimal("54.00")))
                .body("priceInclTax", equalTo(new BigDecimal("64.80")))
                .body("compareAtPrice", nullValue())
                .body("isOnSale", equalTo(false))
                .body("variants.price", contains(null, new BigDecimal("56.00")))
                .body("variants.effectivePrice", contains(new BigDecimal("54.00"), new BigDecimal("56.00")))
                .body("variants.priceInclTax", contains(new BigDecimal("64.80"), new BigDecimal("67.20")))
                .body("$", not(org.hamcrest.Matchers.hasKey("prices")));
        anyone().get("/api/products?category=" + category + "&sort=price_asc").then().statusCode(200)
                .body("market", equalTo("default"))
                .body("currency", equalTo("EUR"))
                .body("data.id", contains(b, c, a))
                .body("data.currency", everyItem(equalTo("EUR")));
    }

    @Test
    void aTaxInclusiveMarketShowsItsCurrencyIncludingTheVatOfItsFirstCountry() {
        anyone().queryParam("market", swiss).get("/api/products/" + a).then().statusCode(200)
                .body("market", equalTo(swiss))
                .body("currency", equalTo("CHF"))
                .body("price", equalTo(new BigDecimal("64.86")))         // 60.00 × 1.081
                .body("priceExclTax", equalTo(new BigDecimal("60.00")))
                .body("priceInclTax", equalTo(new BigDecimal("64.86")))
                .body("compareAtPrice", equalTo(new BigDecimal("75.67"))) // 70.00 × 1.081 = 75.67
                .body("isOnSale", equalTo(true))
                .body("discountPercentage", equalTo(14))
                .body("variants.price", contains(null, new BigDecimal("67.02")))            // 62.00 × 1.081 = 67.022
                .body("variants.effectivePrice", contains(new BigDecimal("64.86"), new BigDecimal("67.02")))
                .body("variants.priceExclTax", contains(new BigDecimal("60.00"), new BigDecimal("62.00")));
        // 25.00 × 1.081 = 27.025: half-up to 27.03
        anyone().queryParam("market", swiss).get("/api/products/" + c).then().statusCode(200)
                .body("price", equalTo(new BigDecimal("27.03")))
                .body("priceExclTax", equalTo(new BigDecimal("25.00")));
    }

    @Test
    void yenHaveNoDecimalsAndATaxExclusiveMarketShowsTheNetPrice() {
        anyone().header("X-Market", japan).get("/api/products/" + c).then().statusCode(200)
                .body("market", equalTo(japan))
                .body("currency", equalTo("JPY"))
                .body("price", equalTo(1364))          // JSON integers: yen have no decimals
                .body("priceExclTax", equalTo(1364))
                .body("priceInclTax", equalTo(1500));  // 1364 × 1.10 = 1500.4
        anyone().queryParam("country", "JP").get("/api/products/" + a).then().statusCode(200)
                .body("market", equalTo(japan))
                .body("price", equalTo(9800))
                .body("priceInclTax", equalTo(10780))
                .body("compareAtPrice", nullValue())
                .body("variants.effectivePrice", contains(9800, 9800));
    }

    @Test
    void aProductWithoutAPriceInTheMarketsCurrencyIsNotSoldThere() {
        list(swiss, "").body("market", equalTo(swiss))
                .body("currency", equalTo("CHF"))
                .body("data.id", containsInAnyOrder(a, c))
                .body("pagination.total", equalTo(2))
                .body("data.currency", everyItem(equalTo("CHF")));
        for (String idOrSlug : List.of(b, bSlug)) {
            anyone().queryParam("market", swiss).get("/api/products/" + idOrSlug).then().statusCode(404)
                    .body("error", equalTo("product_not_found"));
            anyone().queryParam("country", "LI").get("/api/products/" + idOrSlug).then().statusCode(404);
            anyone().get("/api/products/" + idOrSlug).then().statusCode(200);
        }
        anyone().queryParam("market", swiss).get("/api/products/" + aSlug).then().statusCode(200)
                .body("id", equalTo(a));
        anyone().queryParam("market", swiss).queryParam("q", word).get("/api/products/suggest").then()
                .statusCode(200)
                .body("market", equalTo(swiss))
                .body("currency", equalTo("CHF"))
                .body("data.id", containsInAnyOrder(a, c));
        anyone().queryParam("market", japan).queryParam("q", word).get("/api/products/suggest").then()
                .statusCode(200)
                .body("data.id", containsInAnyOrder(a, b, c));
        anyone().queryParam("market", swiss).queryParam("q", word).get("/api/products").then().statusCode(200)
                .body("data.id", containsInAnyOrder(a, c));
    }

    @Test
    void priceFiltersSortsAndBandsWorkInYen() {
        list(japan, "sort=price_asc").body("data.id", contains(c, b, a))
                .body("data.price", contains(1364, 3000, 9800));
        list(japan, "sort=price_desc").body("data.id", contains(a, b, c));
        list(japan, "minPrice=2000&maxPrice=9800&sort=price_asc").body("data.id", contains(b, a));
        list(japan, "minPrice=1364.5").body("data.id", containsInAnyOrder(b, a));
        list(japan, "maxPrice=1364").body("data.id", contains(c));
        list(japan, "facets=true").body("facets.priceBands.from",
                        contains(0, 1000, 2500, 5000, 10000, 20000, 50000))
                .body("facets.priceBands.count", contains(0, 1, 1, 1, 0, 0, 0));
    }

    @Test
    void priceFiltersAndBandsApplyToPricesAsATaxInclusiveMarketShowsThem() {
        list(swiss, "minPrice=27.03").body("data.id", containsInAnyOrder(a, c));
        list(swiss, "minPrice=27.04").body("data.id", contains(a));
        list(swiss, "maxPrice=27.02").body("data.id", empty());
        list(swiss, "maxPrice=64.86&sort=price_desc").body("data.id", contains(a, c));
        list(swiss, "maxPrice=64.85").body("data.id", contains(c));
        list(swiss, "facets=true").body("facets.priceBands.from", contains(new BigDecimal("0.00"),
                        new BigDecimal("10.00"), new BigDecimal("25.00"), new BigDecimal("50.00"),
                        new BigDecimal("100.00"), new BigDecimal("200.00"), new BigDecimal("500.00")))
                .body("facets.priceBands.count", contains(0, 0, 1, 1, 0, 0, 0));
        list(swiss, "onSale=true").body("data.id", contains(a));
        list(japan, "onSale=true").body("data.id", empty());
    }

    @Test
    void theAnonymousResponseCacheKeepsOneAnswerPerMarket() {
        String url = "/api/products?category=" + category + "&sort=name";
        anyone().get(url).then().statusCode(200).body("currency", equalTo("EUR"));
        anyone().get(url).then().statusCode(200).header("X-Cache", "HIT").body("currency", equalTo("EUR"));
        anyone().header("X-Market", swiss).get(url).then().statusCode(200)
                .header("X-Cache", "MISS").body("currency", equalTo("CHF")).body("data.id", contains(a, c));
        anyone().header("X-Market", swiss).get(url).then().statusCode(200)
                .header("X-Cache", "HIT").body("currency", equalTo("CHF"));
        anyone().queryParam("country", "CH").get(url).then().statusCode(200).body("currency", equalTo("CHF"));
        anyone().get(url).then().statusCode(200).body("currency", equalTo("EUR")).body("data.id", contains(a, b, c));
    }

    @Test
    void aPriceAddedOrRemovedLaterSellsOrWithdrawsTheProductThereAtOnce() {
        String own = api.category(unique("Later"), null);
        Map<String, Object> body = product("Horloge", "80.00", 2);
        body.put("categoryId", own);
        String id = api.create(body);
        String url = "/api/products?category=" + own;
        anyone().queryParam("market", swiss).get(url).then().statusCode(200).body("data", empty());

        api.admin().body(Map.of("prices", List.of(price("CHF", "90.00")))).patch("/api/products/" + id)
                .then().statusCode(200);
        anyone().queryParam("market", swiss).get(url).then().statusCode(200)
                .body("data.id", contains(id)).body("data[0].price", equalTo(new BigDecimal("97.29")));
        anyone().queryParam("market", swiss).get("/api/products/" + id).then().statusCode(200);

        api.admin().body(Map.of("prices", List.of())).patch("/api/products/" + id).then().statusCode(200)
                .body("prices.currency", contains("EUR"));
        anyone().queryParam("market", swiss).get(url).then().statusCode(200).body("data", empty());
        anyone().queryParam("market", swiss).get("/api/products/" + id).then().statusCode(404);
        anyone().get(url).then().statusCode(200).body("data.id", contains(id));
    }

    @Test
    void anUnknownMarketOrABadCountryIsRefused() {
        anyone().queryParam("market", "nowhere-" + UUID.randomUUID().toString().substring(0, 8))
                .get("/api/products").then().statusCode(400).body("error", equalTo("unknown_market"));
        anyone().header("X-Market", "nowhere").get("/api/products/" + a).then().statusCode(400)
                .body("error", equalTo("unknown_market"));
        anyone().queryParam("country", "ZZ").get("/api/products/suggest?q=montre").then().statusCode(400)
                .body("error", equalTo("invalid_country"));
    }
}
