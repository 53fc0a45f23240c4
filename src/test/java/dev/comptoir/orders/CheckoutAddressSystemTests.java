package dev.comptoir.orders;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.comptoir.support.Contract;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts.Account;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestCatalog.Sku;
import dev.comptoir.support.TestCatalog;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Checkout with one of the customer's saved addresses instead of an inline one. */
@SystemTest
class CheckoutAddressSystemTests {

    @Autowired
    TestCatalog catalog;
    @Autowired
    TestAccounts accounts;

    private static Map<String, Object> saved(String label, String city, String country) {
        return Map.of("label", label, "firstName", "Grace", "lastName", "Hopper", "company", "Navy",
                "line1", "1 Main Street", "city", city, "postalCode", "10001", "country", country);
    }

    private static String save(Account who, Map<String, Object> address) {
        return given().auth().oauth2(who.accessToken()).contentType("application/json").body(address)
                .post("/api/users/me/addresses").then().statusCode(201).extract().path("id");
    }

    private void cartWithOne(Account who) {
        Sku sku = catalog.product("20.00", 5);
        given().auth().oauth2(who.accessToken()).contentType("application/json")
                .body(Map.of("productId", sku.productId(), "quantity", 1)).post("/api/cart/items")
                .then().statusCode(200);
    }

    @Test
    void anOrderCopiesTheSavedAddressAndKeepsItWhenTheAddressIsLaterEdited() {
        Account customer = accounts.register();
        String shipping = save(customer, saved("Home", "Lyon", "FR"));
        String billing = save(customer, saved("Office", "Berlin", "DE"));
        cartWithOne(customer);

        String orderId = given().auth().oauth2(customer.accessToken()).contentType("application/json")
                .body(Map.of("addressId", shipping, "billingAddressId", billing))
                .post("/api/orders").then().statusCode(201)
                .body("shippingAddress.city", equalTo("Lyon"))
                .body("shippingAddress.country", equalTo("FR"))
                .body("shippingAddress.company", equalTo("Navy"))
                .body("billingAddress.city", equalTo("Berlin"))
                .body("taxAmount", equalTo(4.0f)) // taxed at the saved address's country: FR 20%
                .extract().path("id");

        given().auth().oauth2(customer.accessToken()).contentType("application/json")
                .body(saved("Home", "Marseille", "FR")).put("/api/users/me/addresses/" + shipping)
                .then().statusCode(200);
        given().auth().oauth2(customer.accessToken()).delete("/api/users/me/addresses/" + billing)
                .then().statusCode(204);

        given().auth().oauth2(customer.accessToken()).get("/api/orders/" + orderId).then().statusCode(200)
                .body("shippingAddress.city", equalTo("Lyon"))
                .body("billingAddress.city", equalTo("Berlin"));
    }

    @Test
    void withoutABillingAddressTheSavedShippingAddressIsUsedForBoth() {
        Account customer = accounts.register();
        String shipping = save(customer, saved("Home", "Lyon", "FR"));
        cartWithOne(customer);
        given().auth().oauth2(customer.accessToken()).contentType("application/json")
                .body(Map.of("addressId", shipping)).post("/api/orders").then().statusCode(201)
                .body("billingAddress.city", equalTo("Lyon"));
    }

    @Test
    void anotherCustomersAddressIsNotFound() {
        Account owner = accounts.register();
        Account buyer = accounts.register();
        String theirs = save(owner, saved("Home", "Lyon", "FR"));
        cartWithOne(buyer);
        given().auth().oauth2(buyer.accessToken()).contentType("application/json")
                .body(Map.of("addressId", theirs)).post("/api/orders").then().statusCode(404)
                .body("error", equalTo("address_not_found"));
        given().auth().oauth2(buyer.accessToken()).contentType("application/json")
                .body(Map.of("addressId", UUID.randomUUID())).post("/api/orders").then().statusCode(404)
                .body("error", equalTo("address_not_found"));
        String own = save(buyer, saved("Home", "Lyon", "FR"));
        given().auth().oauth2(buyer.accessToken()).contentType("application/json")
                .body(Map.of("addressId", own, "billingAddressId", theirs)).post("/api/orders").then()
                .statusCode(404).body("error", equalTo("address_not_found"));
    }

    @Test
    void exactlyOneOfShippingAddressAndAddressIdIsRequired() {
        Account customer = accounts.register();
        String id = save(customer, saved("Home", "Lyon", "FR"));
        cartWithOne(customer);
        given().auth().oauth2(customer.accessToken()).contentType("application/json").body(Map.of())
                .post("/api/orders").then().statusCode(400)
                .body("error", equalTo("invalid_data")).body("errors.field", hasItem("shippingAddress"));
        given().auth().oauth2(customer.accessToken()).contentType("application/json")
                .body(Map.of("addressId", id, "shippingAddress", CheckoutSystemTests.address("FR")))
                .post("/api/orders").then().statusCode(400).body("errors.field", hasItem("addressId"));
        given().auth().oauth2(customer.accessToken()).contentType("application/json")
                .body(Map.of("addressId", id, "billingAddressId", id, "billingAddress",
                        CheckoutSystemTests.address("FR")))
                .post("/api/orders").then().statusCode(400).body("errors.field", hasItem("billingAddressId"));
        Contract.invalidRequest().auth().oauth2(customer.accessToken()).contentType("application/json")
                .body(Map.of("addressId", "not-a-uuid")).post("/api/orders").then().statusCode(400)
                .body("errors.field", hasItem("addressId"));
    }

    @Test
    void aGuestCannotUseASavedAddress() {
        Account owner = accounts.register();
        String theirs = save(owner, saved("Home", "Lyon", "FR"));
        Sku sku = catalog.product("20.00", 5);
        String session = "guest-" + UUID.randomUUID();
        given().header("X-Session-Id", session).contentType("application/json")
                .body(Map.of("productId", sku.productId(), "quantity", 1)).post("/api/cart/items")
                .then().statusCode(200);
        Map<String, Object> body = new HashMap<>(Map.of("email", "guest@example.com", "addressId", theirs));
        given().header("X-Session-Id", session).contentType("application/json").body(body)
                .post("/api/orders").then().statusCode(400)
                .body("error", equalTo("invalid_data")).body("errors.field", hasItem("addressId"));
    }
}
