package dev.comptoir.support;

import static io.restassured.RestAssured.given;

import dev.comptoir.support.TestCatalog.Sku;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.UUID;

/** Guest orders through the real routes of the instance listening on {@code port}. */
public final class GuestOrders {

    private GuestOrders() {}

    public record Placed(String id, String orderNumber, String guestToken, String email) {}

    public static Placed place(int port, Sku sku, String email) {
        String session = "guest-" + UUID.randomUUID();
        given().port(port).header("X-Session-Id", session).contentType("application/json")
                .body(Map.of("productId", sku.productId(), "quantity", 1)).post("/api/cart/items")
                .then().statusCode(200);
        JsonPath order = given().port(port).header("X-Session-Id", session).contentType("application/json")
                .body(Map.of("email", email, "shippingAddress", Map.of("firstName", "Ada", "lastName", "Lovelace",
                        "line1", "12 rue de la Paix", "city", "Paris", "postalCode", "75002", "country", "FR")))
                .post("/api/orders").then().statusCode(201).extract().jsonPath();
        return new Placed(order.getString("id"), order.getString("orderNumber"), order.getString("guestToken"), email);
    }

    public static void cancel(int port, Placed order) {
        given().port(port).header("X-Guest-Token", order.guestToken()).post("/api/orders/{id}/cancel", order.id())
                .then().statusCode(200);
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 12) + "@example.test";
    }
}
