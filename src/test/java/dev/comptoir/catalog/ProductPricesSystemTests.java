package dev.comptoir.catalog;

import static dev.comptoir.catalog.CatalogApi.anyone;
import static dev.comptoir.catalog.CatalogApi.product;
import static dev.comptoir.catalog.CatalogApi.variant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestTokens;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Prices per currency written by admins: {@code price} is the EUR entry of {@code prices}, and the rules of each currency. */
@SystemTest
class ProductPricesSystemTests {

    @Autowired
    TestTokens tokens;

    @Autowired
    CatalogService catalog;

    CatalogApi api;

    @BeforeEach
    void setUp() {
        api = new CatalogApi(tokens.admin());
    }

    static Map<String, Object> price(String currency, String amount) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("currency", currency);
        entry.put("amount", new BigDecimal(amount));
        return entry;
    }

    static Map<String, Object> price(String currency, String amount, String compareAtPrice) {
        Map<String, Object> entry = price(currency, amount);
        entry.put("compareAtPrice", new BigDecimal(compareAtPrice));
        return entry;
    }

    @Test
    void aProductIsCreatedWithPricesInSeveralCurrenciesEachWithItsDecimals() {
        Map<String, Object> body = product("Montre", "59.90", 3);
        body.put("compareAtPrice", new BigDecimal("79.90"));
        body.put("prices", List.of(price("chf", "62.5", "80"), price("JPY", "9800")));

        api.admin().body(body).post("/api/products").then().statusCode(201)
                .body("price", equalTo(new BigDecimal("59.90")))
                .body("currency", equalTo("EUR"))
                .body("market", nullValue())
                .body("priceExclTax", equalTo(new BigDecimal("59.90")))
                .body("priceInclTax", nullValue())
                .body("prices.currency", contains("EUR", "CHF", "JPY"))
                .body("prices[0].amount", equalTo(new BigDecimal("59.90")))
                .body("prices[0].compareAtPrice", equalTo(new BigDecimal("79.90")))
                .body("prices[1].amount", equalTo(new BigDecimal("62.50")))
                .body("prices[1].compareAtPrice", equalTo(new BigDecimal("80.00")))
                .body("prices[2].amount", equalTo(9800)) // a JSON integer: yen have no decimals
                .body("prices[2]", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("compareAtPrice")));
    }

    @Test
    void writingTheEurEntryOfPricesWritesPriceAndAReplaceWithoutPricesKeepsTheOthers() {
        Map<String, Object> body = product("Lampe", "20.00", 3);
        body.put("prices", List.of(price("EUR", "20.00"), price("CHF", "21.00")));
        String id = api.create(body);

        api.admin().body(Map.of("prices", List.of(price("EUR", "24.00"), price("JPY", "3500"))))
                .patch("/api/products/" + id).then().statusCode(200)
                .body("price", equalTo(new BigDecimal("24.00")))
                .body("prices.currency", contains("EUR", "JPY"))
                .body("prices[1].amount", equalTo(3500));

        api.admin().body(Map.of("price", 26)).patch("/api/products/" + id).then().statusCode(200)
                .body("prices.currency", contains("EUR", "JPY"))
                .body("prices[0].amount", equalTo(new BigDecimal("26.00")));

        Map<String, Object> replacement = product("Lampe", "27.00", 3);
        replacement.put("sku", body.get("sku"));
        api.admin().body(replacement).put("/api/products/" + id).then().statusCode(200)
                .body("price", equalTo(new BigDecimal("27.00")))
                .body("prices.currency", contains("EUR", "JPY"));
        api.admin().get("/api/admin/products/" + id).then().statusCode(200)
                .body("prices.amount", contains(new BigDecimal("27.00"), 3500));

        // with prices, a replace sets the whole set; the EUR entry's compareAtPrice is the product's
        replacement.put("prices", List.of(price("EUR", "27.00", "35.00")));
        api.admin().body(replacement).put("/api/products/" + id).then().statusCode(200)
                .body("compareAtPrice", equalTo(new BigDecimal("35.00")))
                .body("isOnSale", equalTo(true))
                .body("prices.currency", contains("EUR"));
    }

    @Test
    void variantsHaveTheirOwnPricesPerCurrencyAndFallBackToTheProducts() {
        Map<String, Object> body = product("Pull", "40.00", 0);
        Map<String, Object> small = variant("S", Map.of("size", "S"), 2);
        small.put("prices", List.of(price("CHF", "44.00")));
        Map<String, Object> large = variant("L", Map.of("size", "L"), 2);
        large.put("prices", List.of(price("EUR", "45.00")));
        body.put("variants", List.of(small, large));
        body.put("prices", List.of(price("CHF", "42.00")));

        JsonPath created = api.admin().body(body).post("/api/products").then().statusCode(201)
                .body("variants[0].price", nullValue())
                .body("variants[0].effectivePrice", equalTo(new BigDecimal("40.00")))
                .body("variants[0].prices.currency", contains("CHF"))
                .body("variants[1].price", equalTo(new BigDecimal("45.00")))
                .body("variants[1].prices.currency", contains("EUR"))
                .extract().jsonPath();
        UUID productId = UUID.fromString(created.getString("id"));
        UUID smallId = UUID.fromString(created.getString("variants[0].id"));
        UUID largeId = UUID.fromString(created.getString("variants[1].id"));

        Map<SkuRef, SkuView> chf = catalog.findLineSkus(List.of(new SkuRef(productId, smallId),
                new SkuRef(productId, largeId)), "CHF");
        assertThat(chf.get(new SkuRef(productId, smallId)).unitPrice()).isEqualByComparingTo("44.00");
        assertThat(chf.get(new SkuRef(productId, largeId)).unitPrice()).isEqualTo(new BigDecimal("42.00"));
        assertThat(chf.get(new SkuRef(productId, largeId)).currency()).isEqualTo("CHF");
        Map<SkuRef, SkuView> eur = catalog.findLineSkus(List.of(new SkuRef(productId, smallId),
                new SkuRef(productId, largeId)), "EUR");
        assertThat(eur.get(new SkuRef(productId, smallId)).unitPrice()).isEqualTo(new BigDecimal("40.00"));
        assertThat(eur.get(new SkuRef(productId, largeId)).unitPrice()).isEqualTo(new BigDecimal("45.00"));
        Map<SkuRef, SkuView> jpy = catalog.findLineSkus(List.of(new SkuRef(productId, smallId)), "JPY");
        assertThat(jpy.get(new SkuRef(productId, smallId)).isSoldInCurrency()).isFalse();
        assertThat(jpy.get(new SkuRef(productId, smallId)).stock()).isEqualTo(2);

        // a replace without prices keeps the variant's others; with them, they are its whole set
        Map<String, Object> replaced = variant("S", Map.of("size", "S"), 2);
        replaced.put("sku", created.getString("variants[0].sku"));
        api.admin().body(replaced).put("/api/products/" + productId + "/variants/" + smallId).then().statusCode(200)
                .body("variants[0].prices.currency", contains("CHF"));
        replaced.put("prices", List.of(price("JPY", "7000")));
        api.admin().body(replaced).put("/api/products/" + productId + "/variants/" + smallId).then().statusCode(200)
                .body("variants[0].prices.currency", contains("JPY"));
        // the product has no JPY price: the variant's own JPY price alone does not sell it there
        assertThat(catalog.findLineSkus(List.of(new SkuRef(productId, smallId)), "JPY")
                .get(new SkuRef(productId, smallId)).isSoldInCurrency()).isFalse();
    }

    @Test
    void aProductWithoutVariantsIsPricedInACurrencyOrNotSoldInIt() {
        Map<String, Object> body = product("Bougie", "12.00", 5);
        body.put("prices", List.of(price("JPY", "1900")));
        UUID id = UUID.fromString(api.create(body));

        SkuView jpy = catalog.findLineSkus(List.of(new SkuRef(id, null)), "JPY").get(new SkuRef(id, null));
        assertThat(jpy.unitPrice()).isEqualTo(new BigDecimal("1900"));
        assertThat(jpy.isSoldInCurrency()).isTrue();
        assertThat(catalog.findLineSkus(List.of(new SkuRef(id, null)), "CHF").get(new SkuRef(id, null))
                .isSoldInCurrency()).isFalse();
        // the old read is unchanged: the store currency's price
        assertThat(catalog.findLineSkus(List.of(new SkuRef(id, null))).get(new SkuRef(id, null)).unitPrice())
                .isEqualTo(new BigDecimal("12.00"));
    }

    @Test
    void unknownAndThreeDecimalCurrenciesAreUnsupported() {
        for (String currency : List.of("KWD", "BHD", "XYZ", "EURO", "XAU")) {
            Map<String, Object> body = product("Vase", "10.00", 1);
            body.put("prices", List.of(price(currency, "10")));
            api.admin().body(body).post("/api/products").then().statusCode(400)
                    .body("error", equalTo("unsupported_currency"))
                    .body("errors.field", hasItem("prices[0].currency"));
        }
    }

    @Test
    void anAmountWithMoreDecimalsThanItsCurrencyOrNegativeIsInvalid() {
        Map<String, Object> body = product("Tapis", "10.00", 1);
        body.put("prices", List.of(price("CHF", "10.00"), price("JPY", "1500.5")));
        api.admin().body(body).post("/api/products").then().statusCode(400)
                .body("error", equalTo("invalid_amount"))
                .body("errors.field", contains("prices[1].amount"));
        body.put("prices", List.of(price("CHF", "-1.00")));
        api.admin().body(body).post("/api/products").then().statusCode(400)
                .body("error", equalTo("invalid_amount"))
                .body("errors.field", contains("prices[0].amount"));
        body.put("prices", List.of(price("CHF", "10.001")));
        api.admin().body(body).post("/api/products").then().statusCode(400)
                .body("error", equalTo("invalid_amount"));
        body.put("prices", List.of(price("CHF", "10.00", "12.345")));
        api.admin().body(body).post("/api/products").then().statusCode(400)
                .body("error", equalTo("invalid_amount"))
                .body("errors.field", contains("prices[0].compareAtPrice"));

        String id = api.create(product("Tapis rond", "10.00", 1));
        api.admin().body(Map.of("prices", List.of(price("JPY", "99.9")))).patch("/api/products/" + id)
                .then().statusCode(400).body("error", equalTo("invalid_amount"));
        Map<String, Object> variant = variant("XL", Map.of("size", "XL"), 1);
        variant.put("prices", List.of(price("JPY", "0.5")));
        api.admin().body(variant).post("/api/products/" + id + "/variants").then().statusCode(400)
                .body("error", equalTo("invalid_amount"))
                .body("errors.field", contains("prices[0].amount"));
        api.admin().get("/api/admin/products/" + id).then().body("prices.currency", contains("EUR"));
    }

    @Test
    void priceAndItsEntryMustAgreeAndACurrencyIsListedOnce() {
        Map<String, Object> body = product("Coussin", "10.00", 1);
        body.put("prices", List.of(price("EUR", "11.00")));
        api.admin().body(body).post("/api/products").then().statusCode(400)
                .body("error", equalTo("invalid_data"))
                .body("errors.field", contains("prices[0].amount"));
        body.put("prices", List.of(price("CHF", "11.00"), price("chf", "12.00")));
        api.admin().body(body).post("/api/products").then().statusCode(400)
                .body("error", equalTo("invalid_data"))
                .body("errors.field", contains("prices[1].currency"));

        String id = api.create(product("Coussin carré", "10.00", 1));
        api.admin().body(Map.of("price", 12, "prices", List.of(price("EUR", "13.00"))))
                .patch("/api/products/" + id).then().statusCode(400)
                .body("error", equalTo("invalid_data"));
        anyone().get("/api/products/" + id).then().statusCode(200).body("price", equalTo(new BigDecimal("10.00")));
    }
}
