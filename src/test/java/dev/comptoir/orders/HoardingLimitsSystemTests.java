package dev.comptoir.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.comptoir.support.Contract;
import dev.comptoir.support.ExtraInstance;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestAccounts.Account;
import dev.comptoir.support.TestCatalog;
import dev.comptoir.support.TestCatalog.Sku;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inventory hoarding is bounded: units per line and per order in the cart and at checkout, and unpaid
 * orders per customer, per email and per client address. An instance with small limits runs on the
 * shared database and believes X-Forwarded-For from the loopback proxy, so each test is a client of
 * its own. (The shared context runs without caps: its tests place many unpaid orders from one address.)
 */
@SystemTest
class HoardingLimitsSystemTests {

    private static ConfigurableApplicationContext limited;

    @Autowired
    DataSource sharedDatabase;

    @Autowired
    TestCatalog catalog;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    private final String client = "203.0." + ThreadLocalRandom.current().nextInt(256) + "."
            + ThreadLocalRandom.current().nextInt(1, 255);

    @BeforeEach
    void startLimitedInstance() {
        if (limited == null) {
            limited = ExtraInstance.start(sharedDatabase, Map.of(
                    "comptoir.cart.max-line-quantity", 3,
                    "comptoir.cart.max-order-quantity", 5,
                    "comptoir.orders.max-unpaid-per-customer", 2,
                    "comptoir.orders.max-unpaid-per-email", 2,
                    "comptoir.orders.max-unpaid-per-client", 3,
                    "comptoir.rate-limit.trusted-proxies", "127.0.0.1",
                    "comptoir.db.pool-max", 8,
                    "spring.modulith.events.republish-outstanding-events-on-restart", false));
        }
    }

    @AfterAll
    static void stop() {
        if (limited != null) {
            limited.close();
            limited = null;
        }
    }

    @Test
    void aCartLineHoldsAtMostTheLineLimit() {
        Sku sku = catalog.product("10.00", 50);
        String session = session();

        add(session, sku, 4).then().statusCode(422).contentType("application/problem+json")
                .body("error", equalTo("line_quantity_limit")).body("maxQuantity", equalTo(3))
                .body("requested", equalTo(4));
        add(session, sku, 3).then().statusCode(200);
        add(session, sku, 1).then().statusCode(422).body("error", equalTo("line_quantity_limit"));
        set(session, sku, 4).then().statusCode(422).body("error", equalTo("line_quantity_limit"));
        set(session, sku, 2).then().statusCode(200).body("itemCount", equalTo(2));
    }

    @Test
    void aCartHoldsAtMostTheOrderLimitInAll() {
        Sku a = catalog.product("10.00", 50);
        Sku b = catalog.product("10.00", 50);
        String session = session();
        add(session, a, 3).then().statusCode(200);

        add(session, b, 3).then().statusCode(422).body("error", equalTo("order_quantity_limit"))
                .body("maxQuantity", equalTo(5)).body("requested", equalTo(6));
        add(session, b, 2).then().statusCode(200).body("itemCount", equalTo(5));
    }

    @Test
    void checkoutRefusesACartFilledPastTheLimits() {
        Sku sku = catalog.product("10.00", 50);
        String session = session();
        // filled where the limits are higher (the shared context), checked out where they hold
        Contract.request().header("X-Session-Id", session).contentType(ContentType.JSON)
                .body(Map.of("productId", sku.productId(), "quantity", 4)).post("/api/cart/items")
                .then().statusCode(200);

        guestCheckout(session, uniqueEmail()).then().statusCode(422).body("error", equalTo("line_quantity_limit"));
        assertThat(stockOf(sku)).isEqualTo(50);
    }

    @Test
    void aClientHoldsAtMostTheUnpaidOrdersCap() {
        Sku sku = catalog.product("10.00", 50);
        for (int i = 0; i < 3; i++) {
            placeAsGuest(sku, uniqueEmail()).then().statusCode(201);
        }

        placeAsGuest(sku, uniqueEmail()).then().statusCode(409).contentType("application/problem+json")
                .body("error", equalTo("too_many_unpaid_orders")).body("scope", equalTo("client"))
                .body("maxUnpaidOrders", equalTo(3));
        assertThat(stockOf(sku)).isEqualTo(47);
    }

    @Test
    void anEmailHoldsAtMostTheUnpaidOrdersCapFromAnyClient() {
        Sku sku = catalog.product("10.00", 50);
        String email = uniqueEmail();
        placeAsGuest(sku, email, "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255)).then().statusCode(201);
        placeAsGuest(sku, email, "198.51.101." + ThreadLocalRandom.current().nextInt(1, 255)).then().statusCode(201);

        placeAsGuest(sku, email.toUpperCase(), "198.51.102." + ThreadLocalRandom.current().nextInt(1, 255))
                .then().statusCode(409).body("error", equalTo("too_many_unpaid_orders"))
                .body("scope", equalTo("email"));
    }

    @Test
    void aCustomerHoldsAtMostTheUnpaidOrdersCapAndCancellingOneFreesASlot() {
        Sku sku = catalog.product("10.00", 50);
        Account customer = accounts.register();
        List<String> placed = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            placed.add(placeAsCustomer(customer, sku).then().statusCode(201).extract().path("id"));
        }

        placeAsCustomer(customer, sku).then().statusCode(409).body("error", equalTo("too_many_unpaid_orders"))
                .body("scope", equalTo("customer")).body("maxUnpaidOrders", equalTo(2));

        limitedRequest().auth().oauth2(customer.accessToken()).post("/api/orders/{id}/cancel", placed.get(0))
                .then().statusCode(200);
        placeAsCustomer(customer, sku).then().statusCode(201);
    }

    @Test
    void concurrentCheckoutsOfOneClientCannotSlipPastTheCap() throws Exception {
        Sku sku = catalog.product("10.00", 50);
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String session = session();
            add(session, sku, 1).then().statusCode(200);
            sessions.add(session);
        }
        ExecutorService pool = Executors.newFixedThreadPool(sessions.size());
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String session : sessions) {
                answers.add(pool.submit(() -> guestCheckout(session, uniqueEmail()).statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(3);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(5);
        } finally {
            pool.shutdownNow();
        }
        assertThat(stockOf(sku)).isEqualTo(47);
    }

    @Test
    void anUnpaidOrderHoldsItsStockForFifteenMinutesByDefault() {
        Sku sku = catalog.product("10.00", 5);
        String session = UUID.randomUUID().toString();
        Contract.request().header("X-Session-Id", session).contentType(ContentType.JSON)
                .body(Map.of("productId", sku.productId(), "quantity", 1)).post("/api/cart/items").then().statusCode(200);
        String id = Contract.request().header("X-Session-Id", session).contentType(ContentType.JSON)
                .body(checkout(uniqueEmail())).post("/api/orders").then().statusCode(201).extract().path("id");

        Duration hold = jdbc.queryForObject("SELECT created_at, expires_at FROM orders WHERE id = ?::uuid",
                (rs, n) -> Duration.between(rs.getObject(1, OffsetDateTime.class), rs.getObject(2, OffsetDateTime.class)),
                id);
        assertThat(hold).isEqualTo(Duration.ofMinutes(15));
    }

    private Response placeAsGuest(Sku sku, String email) {
        return placeAsGuest(sku, email, client);
    }

    private Response placeAsGuest(Sku sku, String email, String from) {
        String session = UUID.randomUUID().toString();
        limitedRequest(from).header("X-Session-Id", session).contentType(ContentType.JSON)
                .body(Map.of("productId", sku.productId(), "quantity", 1)).post("/api/cart/items").then().statusCode(200);
        return limitedRequest(from).header("X-Session-Id", session).contentType(ContentType.JSON)
                .body(checkout(email)).post("/api/orders");
    }

    private Response placeAsCustomer(Account customer, Sku sku) {
        limitedRequest().auth().oauth2(customer.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("productId", sku.productId(), "quantity", 1)).post("/api/cart/items").then().statusCode(200);
        Map<String, Object> body = new java.util.HashMap<>(checkout(null));
        body.remove("email");
        return limitedRequest().auth().oauth2(customer.accessToken()).contentType(ContentType.JSON).body(body)
                .post("/api/orders");
    }

    private Response guestCheckout(String session, String email) {
        return limitedRequest().header("X-Session-Id", session).contentType(ContentType.JSON).body(checkout(email))
                .post("/api/orders");
    }

    private Response add(String session, Sku sku, int quantity) {
        return limitedRequest().header("X-Session-Id", session).contentType(ContentType.JSON)
                .body(Map.of("productId", sku.productId(), "quantity", quantity)).post("/api/cart/items");
    }

    private Response set(String session, Sku sku, int quantity) {
        return limitedRequest().header("X-Session-Id", session).contentType(ContentType.JSON)
                .body(Map.of("productId", sku.productId(), "quantity", quantity)).put("/api/cart/items");
    }

    private RequestSpecification limitedRequest() {
        return limitedRequest(client);
    }

    private static RequestSpecification limitedRequest(String from) {
        return Contract.request().port(ExtraInstance.port(limited)).header("X-Forwarded-For", from);
    }

    private static Map<String, Object> checkout(String email) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("email", email);
        body.put("shippingAddress", Map.of("firstName", "Ada", "lastName", "Lovelace", "line1", "12 rue de la Paix",
                "city", "Paris", "postalCode", "75002", "country", "FR"));
        return body;
    }

    private int stockOf(Sku sku) {
        return jdbc.queryForObject("SELECT stock FROM products WHERE id = ?", Integer.class, sku.productId());
    }

    private static String session() {
        return UUID.randomUUID().toString();
    }

    private static String uniqueEmail() {
        return "hoard-" + UUID.randomUUID().toString().substring(0, 12) + "@example.test";
    }
}
