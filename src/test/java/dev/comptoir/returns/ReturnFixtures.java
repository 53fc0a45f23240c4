package dev.comptoir.returns;

import static io.restassured.RestAssured.given;

import dev.comptoir.support.GuestOrders;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestCatalog;
import dev.comptoir.support.TestPayments;
import dev.comptoir.support.TestTokens;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Delivered, paid orders through the real routes (cart, checkout, simulated payment, the admin status
 * route processing → shipped → delivered), and the return routes as customers and staff call them.
 */
@Component
class ReturnFixtures {

    private final TestCatalog catalog;
    private final TestAccounts accounts;
    private final TestPayments payments;
    private final TestTokens tokens;
    private final JdbcTemplate jdbc;

    ReturnFixtures(TestCatalog catalog, TestAccounts accounts, TestPayments payments, TestTokens tokens,
            JdbcTemplate jdbc) {
        this.catalog = catalog;
        this.accounts = accounts;
        this.payments = payments;
        this.tokens = tokens;
        this.jdbc = jdbc;
    }

    /** A delivered order: {@code item} is its one order item's id. */
    record Delivered(String id, String orderNumber, String token, String item, TestCatalog.Sku sku, JsonPath placed) {
        RequestSpecification customer() {
            return given().auth().oauth2(token);
        }
    }

    /** A customer's paid order of {@code quantity} units of a new product at {@code price}, not yet shipped. */
    Delivered paidOrder(String price, int quantity) {
        return paidOrder(catalog.product(price, 50), quantity);
    }

    Delivered paidOrder(TestCatalog.Sku sku, int quantity) {
        TestAccounts.Account customer = accounts.register();
        Map<String, Object> line = new HashMap<>(Map.of("productId", sku.productId(), "quantity", quantity));
        if (sku.variantId() != null) {
            line.put("variantId", sku.variantId());
        }
        given().auth().oauth2(customer.accessToken()).contentType("application/json")
                .body(line).post("/api/cart/items")
                .then().statusCode(200);
        JsonPath placed = given().auth().oauth2(customer.accessToken()).contentType("application/json")
                .body(Map.of("shippingAddress", Map.of("firstName", "Ada", "lastName", "Lovelace", "line1",
                        "12 rue de la Paix", "city", "Paris", "postalCode", "75002", "country", "FR")))
                .post("/api/orders").then().statusCode(201).extract().jsonPath();
        String id = placed.getString("id");
        payments.pay(id, given().auth().oauth2(customer.accessToken()));
        return new Delivered(id, placed.getString("orderNumber"), customer.accessToken(),
                placed.getString("items[0].id"), sku, placed);
    }

    /** A guest's delivered order of one unit; {@code token} is its X-Guest-Token. */
    Delivered deliveredGuestOrder(String price) {
        TestCatalog.Sku sku = catalog.product(price, 50);
        GuestOrders.Placed placed = GuestOrders.place(io.restassured.RestAssured.port, sku,
                GuestOrders.uniqueEmail("return"));
        payments.pay(placed.id(), given().header("X-Guest-Token", placed.guestToken()));
        JsonPath order = given().header("X-Guest-Token", placed.guestToken()).get("/api/orders/{id}", placed.id())
                .then().statusCode(200).extract().jsonPath();
        status(placed.id(), "processing");
        status(placed.id(), "shipped");
        status(placed.id(), "delivered");
        return new Delivered(placed.id(), placed.orderNumber(), placed.guestToken(), order.getString("items[0].id"),
                sku, order);
    }

    Delivered deliveredOrder(String price, int quantity) {
        return deliveredOrder(catalog.product(price, 50), quantity);
    }

    Delivered deliveredOrder(TestCatalog.Sku sku, int quantity) {
        Delivered order = paidOrder(sku, quantity);
        status(order.id(), "processing");
        status(order.id(), "shipped");
        status(order.id(), "delivered");
        return order;
    }

    void status(String orderId, String status) {
        Map<String, Object> body = new HashMap<>(Map.of("status", status));
        if (status.equals("shipped")) {
            body.put("trackingNumber", "TRACK-" + orderId.substring(0, 8));
        }
        staff().contentType("application/json").body(body).post("/api/admin/orders/{id}/status", orderId)
                .then().statusCode(200);
    }

    RequestSpecification staff() {
        return given().auth().oauth2(tokens.staff("orders:manage"));
    }

    Response requestReturn(Delivered order, int quantity) {
        return requestReturn(order.customer(), order.id(), List.of(Map.of("orderItemId", order.item(), "quantity",
                quantity, "reason", "too small")));
    }

    Response requestReturn(RequestSpecification caller, String orderId, List<Map<String, Object>> items) {
        return caller.contentType("application/json").body(Map.of("items", items, "note", "please"))
                .post("/api/orders/{id}/returns", orderId).then().extract().response();
    }

    Response approve(String returnId) {
        return staff().post("/api/admin/returns/{id}/approve", returnId).then().extract().response();
    }

    Response receive(String returnId, String orderItemId, int quantity, String condition) {
        return staff().contentType("application/json")
                .body(Map.of("items", List.of(Map.of("orderItemId", orderItemId, "quantity", quantity, "condition",
                        condition, "location", "main"))))
                .post("/api/admin/returns/{id}/receive", returnId).then().extract().response();
    }

    Response refund(String returnId, Map<String, Object> body) {
        return staff().contentType("application/json").body(body).post("/api/admin/returns/{id}/refund", returnId)
                .then().extract().response();
    }

    /** Requested, approved and received in full: ready to refund. */
    String receivedReturn(Delivered order, int quantity) {
        String id = requestReturn(order, quantity).then().statusCode(201).extract().path("id");
        approve(id).then().statusCode(200);
        receive(id, order.item(), quantity, "resellable").then().statusCode(200);
        return id;
    }

    /** A product sold in variants of the given sizes and prices, 20 of each in stock; the SKUs by size. */
    Map<String, TestCatalog.Sku> sizes(Map<String, String> priceBySize) {
        String base = "X-" + java.util.UUID.randomUUID().toString().substring(0, 10).toUpperCase();
        List<Map<String, Object>> variants = priceBySize.entrySet().stream().map(e -> Map.<String, Object>of(
                "sku", base + "-" + e.getKey(), "name", e.getKey(), "options", Map.of("size", e.getKey()),
                "stock", 20, "price", new java.math.BigDecimal(e.getValue()))).toList();
        JsonPath product = given().auth().oauth2(tokens.admin()).contentType("application/json")
                .body(Map.of("name", "Shirt " + base, "price", new java.math.BigDecimal("10.00"), "sku", base,
                        "variants", variants))
                .post("/api/products").then().statusCode(201).extract().jsonPath();
        Map<String, TestCatalog.Sku> bySize = new HashMap<>();
        java.util.UUID productId = java.util.UUID.fromString(product.getString("id"));
        for (int i = 0; i < variants.size(); i++) {
            String size = product.getString("variants[" + i + "].name");
            bySize.put(size, new TestCatalog.Sku(productId,
                    java.util.UUID.fromString(product.getString("variants[" + i + "].id")), base + "-" + size));
        }
        return bySize;
    }

    int stockOf(String sku) {
        return jdbc.queryForObject("SELECT stock FROM products WHERE sku = ? UNION ALL "
                + "SELECT stock FROM product_variants WHERE sku = ?", Integer.class, sku, sku);
    }

    String orderStatus(String orderId) {
        return staff().get("/api/admin/orders/{id}", orderId).then().statusCode(200).extract().path("status");
    }

    void awaitPaymentStatus(String orderId, String paymentStatus) {
        payments.awaitOrder(orderId, "paymentStatus", paymentStatus);
    }
}
