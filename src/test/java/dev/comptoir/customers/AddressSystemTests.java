package dev.comptoir.customers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.comptoir.support.Contract;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts.Account;
import dev.comptoir.support.TestAccounts;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@SystemTest
class AddressSystemTests {

    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    static Map<String, Object> address(String label, String country) {
        Map<String, Object> body = new HashMap<>(Map.of("label", label, "firstName", "Ada", "lastName", "Lovelace",
                "line1", "12 rue de la Paix", "city", "Paris", "postalCode", "75002", "country", country));
        body.put("phone", "+33 1 23 45 67 89");
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    static String create(Account who, Map<String, Object> body) {
        return given().auth().oauth2(who.accessToken()).contentType("application/json").body(body)
                .post("/api/users/me/addresses").then().statusCode(201).extract().path("id");
    }

    private JsonPath list(Account who) {
        return given().auth().oauth2(who.accessToken()).get("/api/users/me/addresses").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void staffWithCustomersReadSeeACustomersAddressesAndNobodyElseDoes() {
        Account customer = accounts.register();
        String home = create(customer, with(address("Home", "FR"), "isDefaultShipping", true));
        String office = create(customer, with(address("Office", "DE"), "city", "Berlin"));
        Account orders = accounts.withRole("order_manager");

        given().auth().oauth2(orders.accessToken()).get("/api/admin/users/" + customer.id() + "/addresses")
                .then().statusCode(200)
                .body("data.id", org.hamcrest.Matchers.contains(home, office))
                .body("data[0].isDefaultShipping", equalTo(true))
                .body("data[1].city", equalTo("Berlin"))
                .body("pagination.total", equalTo(2));
        given().auth().oauth2(orders.accessToken()).get("/api/admin/users/" + UUID.randomUUID() + "/addresses")
                .then().statusCode(404).body("error", equalTo("user_not_found"));
        given().auth().oauth2(accounts.withRole("catalog_manager").accessToken())
                .get("/api/admin/users/" + customer.id() + "/addresses").then().statusCode(403);
        given().auth().oauth2(accounts.register().accessToken())
                .get("/api/admin/users/" + customer.id() + "/addresses").then().statusCode(403);
    }

    @Test
    void aCustomerCreatesReadsReplacesAndDeletesAnAddress() {
        Account customer = accounts.register();
        String id = given().auth().oauth2(customer.accessToken()).contentType("application/json")
                .body(with(address("Home", "fr"), "company", "Analytical Engines"))
                .post("/api/users/me/addresses").then().statusCode(201)
                .body("id", notNullValue())
                .body("label", equalTo("Home"))
                .body("country", equalTo("FR"))
                .body("company", equalTo("Analytical Engines"))
                .body("isDefaultShipping", equalTo(false))
                .body("isDefaultBilling", equalTo(false))
                .extract().path("id");

        given().auth().oauth2(customer.accessToken()).get("/api/users/me/addresses").then().statusCode(200)
                .body("data", hasSize(1)).body("data[0].id", equalTo(id)).body("pagination.total", equalTo(1));

        given().auth().oauth2(customer.accessToken()).contentType("application/json")
                .body(with(address("Office", "DE"), "city", "Berlin"))
                .put("/api/users/me/addresses/" + id).then().statusCode(200)
                .body("label", equalTo("Office")).body("city", equalTo("Berlin")).body("country", equalTo("DE"))
                .body("company", nullValue());
        given().auth().oauth2(customer.accessToken()).get("/api/users/me/addresses/" + id).then().statusCode(200)
                .body("city", equalTo("Berlin"));

        given().auth().oauth2(customer.accessToken()).delete("/api/users/me/addresses/" + id).then().statusCode(204);
        given().auth().oauth2(customer.accessToken()).get("/api/users/me/addresses/" + id).then().statusCode(404)
                .body("error", equalTo("address_not_found"));
        assertThat(list(customer).getList("data")).isEmpty();
    }

    @Test
    void aNewDefaultReplacesThePreviousOneOfTheSameKindOnly() {
        Account customer = accounts.register();
        String home = create(customer, with(with(address("Home", "FR"), "isDefaultShipping", true),
                "isDefaultBilling", true));
        String office = create(customer, with(address("Office", "FR"), "isDefaultShipping", true));

        JsonPath addresses = list(customer);
        assertThat(addresses.getList("data.findAll { it.isDefaultShipping }.id")).containsExactly(office);
        assertThat(addresses.getList("data.findAll { it.isDefaultBilling }.id")).containsExactly(home);

        given().auth().oauth2(customer.accessToken()).contentType("application/json")
                .body(with(address("Home", "FR"), "isDefaultBilling", false))
                .put("/api/users/me/addresses/" + home).then().statusCode(200);
        given().auth().oauth2(customer.accessToken()).contentType("application/json")
                .body(with(with(address("Office", "FR"), "isDefaultShipping", true), "isDefaultBilling", true))
                .put("/api/users/me/addresses/" + office).then().statusCode(200)
                .body("isDefaultShipping", equalTo(true)).body("isDefaultBilling", equalTo(true));
        addresses = list(customer);
        assertThat(addresses.getList("data.findAll { it.isDefaultShipping }.id")).containsExactly(office);
        assertThat(addresses.getList("data.findAll { it.isDefaultBilling }.id")).containsExactly(office);
    }

    @Test
    void concurrentNewDefaultsLeaveExactlyOne() throws Exception {
        Account customer = accounts.register();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Map<String, Object> body = with(address("Home " + i, "FR"), "isDefaultShipping", true);
                calls.add(() -> given().auth().oauth2(customer.accessToken()).contentType("application/json")
                        .body(body).post("/api/users/me/addresses").statusCode());
            }
            for (Future<Integer> status : pool.invokeAll(calls)) {
                assertThat(status.get()).isEqualTo(201);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(list(customer).getList("data")).hasSize(8);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM addresses WHERE user_id = ? AND is_default_shipping",
                Integer.class, customer.id())).isEqualTo(1);
    }

    @Test
    void theDatabaseRefusesASecondDefaultEvenWithoutTheService() {
        Account customer = accounts.register();
        create(customer, with(address("Home", "FR"), "isDefaultBilling", true));
        String other = create(customer, address("Office", "FR"));
        org.junit.jupiter.api.Assertions.assertThrows(org.springframework.dao.DataIntegrityViolationException.class,
                () -> jdbc.update("UPDATE addresses SET is_default_billing = TRUE WHERE id = ?", UUID.fromString(other)));
    }

    @Test
    void aCountryThatIsNotAnIsoCodeIsABadRequestNamingCountry() {
        Account customer = accounts.register();
        for (String country : List.of("XX", "France", "F", "ZZ", "")) {
            Contract.invalidRequest().auth().oauth2(customer.accessToken()).contentType("application/json")
                    .body(address("Home", country)).post("/api/users/me/addresses").then().statusCode(400)
                    .body("error", equalTo("invalid_data"))
                    .body("errors.field", hasItem("country"));
        }
    }

    @Test
    void missingRequiredMembersAndWrongTypesAreBadRequests() {
        Account customer = accounts.register();
        Contract.invalidRequest().auth().oauth2(customer.accessToken()).contentType("application/json")
                .body(Map.of("label", "Empty")).post("/api/users/me/addresses").then().statusCode(400)
                .body("errors.field", hasItem("firstName")).body("errors.field", hasItem("line1"))
                .body("errors.field", hasItem("city")).body("errors.field", hasItem("postalCode"))
                .body("errors.field", hasItem("country"));
        Contract.invalidRequest().auth().oauth2(customer.accessToken()).contentType("application/json")
                .body(with(address("Home", "FR"), "isDefaultShipping", "sometimes"))
                .post("/api/users/me/addresses").then().statusCode(400)
                .body("errors.field", hasItem("isDefaultShipping"));
        Contract.invalidRequest().auth().oauth2(customer.accessToken()).get("/api/users/me/addresses/not-a-uuid").then()
                .statusCode(400);
    }

    @Test
    void anotherCustomersAddressIsNotFoundForEveryRoute() {
        Account owner = accounts.register();
        Account other = accounts.register();
        String id = create(owner, address("Home", "FR"));

        given().auth().oauth2(other.accessToken()).get("/api/users/me/addresses/" + id).then().statusCode(404)
                .body("error", equalTo("address_not_found"));
        given().auth().oauth2(other.accessToken()).contentType("application/json").body(address("Mine", "FR"))
                .put("/api/users/me/addresses/" + id).then().statusCode(404).body("error", equalTo("address_not_found"));
        given().auth().oauth2(other.accessToken()).delete("/api/users/me/addresses/" + id).then().statusCode(404)
                .body("error", equalTo("address_not_found"));
        given().auth().oauth2(other.accessToken()).get("/api/users/me/addresses").then()
                .body("data.id", not(hasItem(id)));

        given().auth().oauth2(owner.accessToken()).get("/api/users/me/addresses/" + id).then().statusCode(200)
                .body("label", equalTo("Home"));
    }

    @Test
    void theAddressBookIsForSignedInCallers() {
        given().get("/api/users/me/addresses").then().statusCode(401).body("error", equalTo("unauthorized"));
        given().contentType("application/json").body(address("Home", "FR")).post("/api/users/me/addresses").then()
                .statusCode(401);
    }

    @Test
    void anAddressBookHoldsAtMostFiftyAddresses() {
        Account customer = accounts.register();
        // fill the book directly: fifty HTTP round trips would only slow the suite down
        for (int i = 0; i < 49; i++) {
            jdbc.update("""
                    INSERT INTO addresses (id, user_id, first_name, last_name, line1, city, postal_code, country,
                                           created_at, updated_at)
                    VALUES (gen_random_uuid(), ?, 'Ada', 'Lovelace', '1 rue', 'Paris', '75001', 'FR', now(), now())""",
                    customer.id());
        }
        create(customer, address("Fiftieth", "FR"));
        given().auth().oauth2(customer.accessToken()).contentType("application/json").body(address("One more", "FR"))
                .post("/api/users/me/addresses").then().statusCode(422)
                .body("error", equalTo("address_limit_reached")).body("limit", equalTo(50));
    }
}
