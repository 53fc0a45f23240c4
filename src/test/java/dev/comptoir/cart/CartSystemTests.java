package dev.comptoir.cart;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.comptoir.support.Contract;
import dev.comptoir.support.ExtraInstance;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestCatalog.Sku;
import dev.comptoir.support.TestCatalog;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

@SystemTest
class CartSystemTests {

    @Autowired
    TestCatalog catalog;
    @Autowired
    DataSource dataSource;
    @Autowired
    TestAccounts accounts;

    private static RequestSpecification session(String id) {
        return given().header("X-Session-Id", id).contentType("application/json");
    }

    /** The same, for a request that breaks the contract on purpose. */
    private static RequestSpecification invalidInSession(String id) {
        return Contract.invalidRequest().header("X-Session-Id", id).contentType("application/json");
    }

    private static String newSession() {
        return "s-" + UUID.randomUUID();
    }

    private static Map<String, Object> item(Sku sku, int quantity) {
        Map<String, Object> body = new HashMap<>();
        body.put("productId", sku.productId());
        body.put("variantId", sku.variantId());
        body.put("quantity", quantity);
        return body;
    }

    @Test
    void anAnonymousVisitorIsIssuedASessionIdAndGetsAnEmptyCart() {
        String issued = given().get("/api/cart").then().statusCode(200)
                .body("items", hasSize(0)).body("total", equalTo(0.0f))
                .extract().header("X-Session-Id");
        assertThat(issued).isNotBlank();
    }

    @Test
    void pricesComeFromTheServerAndAClientPriceIsIgnored() {
        Sku sku = catalog.product("19.99", 20);
        String s = newSession();
        Map<String, Object> body = item(sku, 3);
        body.put("price", 0.01);
        body.put("unitPrice", 0.01);
        // the document has no price member: a client sending one breaks it on purpose
        invalidInSession(s).body(body).post("/api/cart/items").then().statusCode(200)
                .header("X-Session-Id", s)
                .body("items[0].sku", equalTo(sku.sku()))
                .body("items[0].unitPrice", equalTo(19.99f))
                .body("items[0].lineTotal", equalTo(59.97f))
                .body("items[0].availability", equalTo("in_stock"))
                .body("subtotal", equalTo(59.97f))
                .body("itemCount", equalTo(3));
    }

    @Test
    void addingTheSameProductTwiceAddsUpTheQuantities() {
        Sku sku = catalog.product("5.00", 20);
        String s = newSession();
        session(s).body(item(sku, 2)).post("/api/cart/items").then().statusCode(200);
        session(s).body(item(sku, 3)).post("/api/cart/items").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].quantity", equalTo(5));
    }

    @Test
    void aQuantityAboveTheStockIsRefusedSayingHowManyAreAvailable() {
        Sku sku = catalog.product("5.00", 4);
        session(newSession()).body(item(sku, 5)).post("/api/cart/items").then().statusCode(409)
                .body("error", equalTo("insufficient_stock"))
                .body("available", equalTo(4));
    }

    @Test
    void quantitiesOutsideOneTo999AreInvalid() {
        Sku sku = catalog.product("5.00", 4);
        invalidInSession(newSession()).body(item(sku, 0)).post("/api/cart/items").then().statusCode(400)
                .body("error", equalTo("invalid_data")).body("errors.field", hasItem("quantity"));
        invalidInSession(newSession()).body(item(sku, 1000)).post("/api/cart/items").then().statusCode(400)
                .body("errors.field", hasItem("quantity"));
        invalidInSession(newSession()).body(Map.of("productId", "not-a-uuid", "quantity", 1)).post("/api/cart/items")
                .then().statusCode(400).body("error", equalTo("invalid_data"));
    }

    @Test
    void anInactiveOrUnknownProductIsNotFound() {
        Sku sku = catalog.product("5.00", 4);
        catalog.deactivate(sku.productId());
        session(newSession()).body(item(sku, 1)).post("/api/cart/items").then().statusCode(404)
                .body("error", equalTo("product_not_found"));
        session(newSession()).body(Map.of("productId", UUID.randomUUID(), "quantity", 1)).post("/api/cart/items")
                .then().statusCode(404).body("error", equalTo("product_not_found"));
    }

    @Test
    void aProductWithVariantsIsSoldByVariantAtTheVariantsPrice() {
        Sku variant = catalog.variantProduct("30.00", "35.50", 5);
        String s = newSession();
        session(s).body(Map.of("productId", variant.productId(), "quantity", 1)).post("/api/cart/items")
                .then().statusCode(400).body("error", equalTo("variant_required"));
        session(s).body(item(variant, 2)).post("/api/cart/items").then().statusCode(200)
                .body("items[0].sku", equalTo(variant.sku()))
                .body("items[0].unitPrice", equalTo(35.5f))
                .body("items[0].availability", equalTo("low_stock"));
    }

    @Test
    void settingAQuantityToZeroRemovesTheLineAndClearEmptiesTheCart() {
        Sku a = catalog.product("5.00", 20);
        Sku b = catalog.product("7.00", 20);
        String s = newSession();
        session(s).body(item(a, 1)).post("/api/cart/items").then().statusCode(200);
        String bId = session(s).body(item(b, 1)).post("/api/cart/items").then().statusCode(200)
                .extract().path("items[1].id");
        session(s).body(item(a, 4)).put("/api/cart/items").then().statusCode(200)
                .body("items[0].quantity", equalTo(4));
        session(s).body(item(a, 0)).put("/api/cart/items").then().statusCode(200).body("items", hasSize(1));
        session(s).delete("/api/cart/items/" + bId).then().statusCode(200).body("items", hasSize(0));
        session(s).body(item(a, 1)).post("/api/cart/items").then().statusCode(200);
        session(s).delete("/api/cart").then().statusCode(204);
        session(s).get("/api/cart").then().statusCode(200).body("items", hasSize(0));
        session(s).delete("/api/cart/items/" + UUID.randomUUID()).then().statusCode(404)
                .body("error", equalTo("cart_item_not_found"));
    }

    @Test
    void theCartWarnsWhenAPriceChangedSinceTheItemWasAdded() {
        Sku sku = catalog.product("10.00", 20);
        String s = newSession();
        session(s).body(item(sku, 1)).post("/api/cart/items").then().statusCode(200);
        catalog.setPrice(sku.productId(), "12.00");
        session(s).get("/api/cart").then().statusCode(200)
                .body("items[0].unitPrice", equalTo(12.0f))
                .body("warnings.code", hasItem("price_changed"));
    }

    @Test
    void anotherVisitorsSessionSeesNothingOfThisCart() {
        Sku sku = catalog.product("10.00", 20);
        String s = newSession();
        session(s).body(item(sku, 1)).post("/api/cart/items").then().statusCode(200);
        session(newSession()).get("/api/cart").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void aMalformedSessionIdIsRefused() {
        Contract.invalidRequest().header("X-Session-Id", "short").get("/api/cart").then().statusCode(400)
                .body("error", equalTo("invalid_session_id"));
    }

    @Test
    void theAnonymousCartMergesIntoTheCustomersCartAtLoginCappedByStock() {
        Sku a = catalog.product("10.00", 5);
        Sku b = catalog.product("3.00", 50);
        TestAccounts.Account customer = accounts.register();
        given().auth().oauth2(customer.accessToken()).contentType("application/json").body(item(a, 3))
                .post("/api/cart/items").then().statusCode(200);
        String s = newSession();
        session(s).body(item(a, 4)).post("/api/cart/items").then().statusCode(200);
        session(s).body(item(b, 2)).post("/api/cart/items").then().statusCode(200);

        String token = given().header("X-Session-Id", s).contentType("application/json")
                .body(Map.of("email", customer.email(), "password", customer.password()))
                .post("/api/auth/login").then().statusCode(200).extract().path("accessToken");

        given().auth().oauth2(token).get("/api/cart").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.find { it.sku == '" + a.sku() + "' }.quantity", equalTo(5))
                .body("items.find { it.sku == '" + b.sku() + "' }.quantity", equalTo(2));
        session(s).get("/api/cart").then().statusCode(200).body("items", hasSize(0));
    }

    /**
     * The merge runs after the sign-in's transaction, in its own: one free connection is enough (a
     * merge inside the login's transaction needed a second one and was silently skipped).
     */
    @Test
    void theMergeAtLoginNeedsNoSecondConnection() throws Exception {
        ConfigurableApplicationContext shop = ExtraInstance.start(dataSource, Map.of("comptoir.db.pool-max", 2));
        try (Connection taken = shop.getBean(DataSource.class).getConnection()) { // one of two is busy
            int port = ExtraInstance.port(shop);
            Sku sku = catalog.product("7.00", 20);
            TestAccounts.Account customer = accounts.register();
            String s = newSession();
            given().port(port).header("X-Session-Id", s).contentType("application/json").body(item(sku, 2))
                    .post("/api/cart/items").then().statusCode(200);
            String token = given().port(port).header("X-Session-Id", s).contentType("application/json")
                    .body(Map.of("email", customer.email(), "password", customer.password()))
                    .post("/api/auth/login").then().statusCode(200).body("warnings", hasSize(0))
                    .extract().path("accessToken");
            given().port(port).auth().oauth2(token).get("/api/cart").then().statusCode(200)
                    .body("items", hasSize(1)).body("items[0].quantity", equalTo(2));
        } finally {
            shop.close();
        }
    }

    @Test
    void totalsIncludeTaxAndShippingForTheDestination() {
        Sku sku = catalog.product("20.00", 20);
        String s = newSession();
        session(s).body(item(sku, 1)).post("/api/cart/items").then().statusCode(200);
        // FR: 20 % VAT on 20.00 = 4.00; below the free-shipping threshold, flat 4.90
        session(s).get("/api/cart?country=FR").then().statusCode(200)
                .body("taxAmount", equalTo(4.0f)).body("shippingAmount", equalTo(4.9f)).body("total", equalTo(28.9f))
                .body("estimatedDelivery.from", notNullValue());
        // DE: 19 % VAT = 3.80; EU zone flat 9.90
        session(s).get("/api/cart?country=DE").then().statusCode(200)
                .body("taxAmount", equalTo(3.8f)).body("shippingAmount", equalTo(9.9f)).body("total", equalTo(33.7f));
    }

    @Test
    void anEmptyCartCostsNothingNotEvenShipping() {
        Sku sku = catalog.product("20.00", 20);
        String s = newSession();
        session(s).body(item(sku, 1)).post("/api/cart/items").then().statusCode(200)
                .body("shippingAmount", equalTo(4.9f));
        session(s).body(item(sku, 0)).put("/api/cart/items").then().statusCode(200)
                .body("items", hasSize(0)).body("subtotal", equalTo(0.0f)).body("shippingAmount", equalTo(0.0f))
                .body("taxAmount", equalTo(0.0f)).body("total", equalTo(0.0f))
                .body("estimatedDelivery", nullValue());
    }

    @Test
    void aLineWhoseProductWasWithdrawnKeepsItsNameAndSaysWhyItCannotBeBought() {
        Sku gone = catalog.product("20.00", 20);
        Sku kept = catalog.product("30.00", 20);
        String s = newSession();
        session(s).body(item(gone, 1)).post("/api/cart/items").then().statusCode(200);
        session(s).body(item(kept, 1)).post("/api/cart/items").then().statusCode(200);
        catalog.deactivate(gone.productId());
        session(s).get("/api/cart").then().statusCode(200)
                .body("items.find { it.sku == '%s' }.name".formatted(gone.sku()), equalTo("Test product " + gone.sku()))
                .body("items.find { it.sku == '%s' }.availability".formatted(gone.sku()), equalTo("unavailable"))
                .body("items.find { it.sku == '%s' }.unavailableReason".formatted(gone.sku()),
                        equalTo("product_withdrawn"))
                .body("items.find { it.sku == '%s' }.unavailableReason".formatted(kept.sku()), nullValue())
                .body("warnings.code", hasItem("product_unavailable"))
                .body("subtotal", equalTo(30.0f));
    }

    @Test
    void theCartShowsTheDeliveryEstimateInTheOrdersShape() {
        Sku sku = catalog.product("20.00", 20);
        String s = newSession();
        session(s).body(item(sku, 1)).post("/api/cart/items").then().statusCode(200)
                .body("estimatedDelivery.from", notNullValue()).body("estimatedDelivery.to", notNullValue())
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("estimatedDeliveryFrom")));
    }
}
