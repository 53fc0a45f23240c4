package dev.comptoir.cart;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestCatalog.Sku;
import dev.comptoir.support.TestMarkets;
import dev.comptoir.support.TestTokens;
import io.restassured.specification.RequestSpecification;
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
 * Cart lines named in the reader's language, negotiated among the languages of the market the cart is
 * priced in (ADR 0011): a Swiss market reading German and French beside the default one (English).
 */
@SystemTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CartLanguageSystemTests {

    @Autowired
    TestTokens tokens;

    TestMarkets shop;
    String swiss;

    @BeforeAll
    void createMarket() {
        shop = new TestMarkets(tokens.admin());
        swiss = shop.market("chl", List.of("CH"), "CHF", true, "9.00", List.of("de", "fr"));
    }

    @AfterAll
    void deleteMarket() {
        shop.delete(swiss);
    }

    private void translate(UUID product, String locale, String name) {
        shop.admin().body(Map.of("name", name)).put("/api/admin/products/{id}/translations/{locale}", product, locale)
                .then().statusCode(201);
    }

    private static RequestSpecification session(String id) {
        return TestMarkets.anyone().header("X-Session-Id", id);
    }

    @Test
    void linesAreNamedInTheLanguageNegotiatedInTheCartsMarket() {
        Sku lamp = shop.product("10.00", Map.of("CHF", "20.00"), 20);
        translate(lamp.productId(), "de", "Leuchte");
        translate(lamp.productId(), "fr", "Lampe");
        // a product sold in variants: the translated product name, then the variant's
        String chairSku = "C-" + UUID.randomUUID().toString().substring(0, 10).toUpperCase();
        String chair = shop.admin().body(Map.of("name", "Chair", "sku", chairSku, "price", new BigDecimal("30.00"),
                        "stock", 0, "prices", List.of(Map.of("currency", "CHF", "amount", new BigDecimal("40.00"))),
                        "variants", List.of(Map.of("sku", chairSku + "-M", "name", "M", "options", Map.of("size", "M"),
                                "stock", 5))))
                .post("/api/products").then().statusCode(201).extract().path("id");
        String medium = shop.admin().get("/api/admin/products/{id}", chair).then().statusCode(200).extract()
                .path("variants[0].id");
        translate(UUID.fromString(chair), "de", "Stuhl");
        String base = "Market product " + lamp.sku();
        String id = "lang-" + UUID.randomUUID();

        session(id).queryParam("market", swiss).header("Accept-Language", "fr-CH,fr;q=0.9")
                .body(Map.of("productId", lamp.productId(), "quantity", 1)).post("/api/cart/items").then()
                .statusCode(200).header("Content-Language", "fr")
                .body("locale", equalTo("fr"))
                .body("items.name", contains("Lampe"));
        // no German translation of the chair in French: the market's default language (German) fills in
        session(id).queryParam("market", swiss).queryParam("locale", "fr")
                .body(Map.of("productId", chair, "variantId", medium, "quantity", 1)).post("/api/cart/items").then()
                .statusCode(200).header("Content-Language", "fr")
                .body("items.name", containsInAnyOrder("Lampe", "Stuhl — M"));

        // a request choosing no market keeps the cart in Switzerland: its language is negotiated there, not in
        // the default market (which reads English only)
        session(id).header("Accept-Language", "de").get("/api/cart").then().statusCode(200)
                .header("Content-Language", "de")
                .body("market", equalTo(swiss))
                .body("locale", equalTo("de"))
                .body("items.name", containsInAnyOrder("Leuchte", "Stuhl — M"));
        // a language the market does not read: its default one
        session(id).queryParam("locale", "en").get("/api/cart").then().statusCode(200)
                .header("Content-Language", "de")
                .body("items.name", containsInAnyOrder("Leuchte", "Stuhl — M"));

        // moved to the default market, read in English: no English texts, the base names
        session(id).queryParam("market", "default").header("Accept-Language", "de").get("/api/cart").then()
                .statusCode(200).header("Content-Language", "en")
                .body("locale", equalTo("en"))
                .body("items.name", containsInAnyOrder(base, "Chair — M"));
    }
}
