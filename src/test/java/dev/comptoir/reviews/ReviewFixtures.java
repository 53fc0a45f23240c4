package dev.comptoir.reviews;

import static io.restassured.RestAssured.given;

import dev.comptoir.shared.security.Permissions;
import dev.comptoir.support.TestAccounts.Account;
import dev.comptoir.support.TestCatalog.Sku;
import dev.comptoir.support.TestTokens;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writing, moderating and buying for the reviews tests, through the real routes. */
final class ReviewFixtures {

    private final TestTokens tokens;
    private final JdbcTemplate jdbc;

    ReviewFixtures(TestTokens tokens, JdbcTemplate jdbc) {
        this.tokens = tokens;
        this.jdbc = jdbc;
    }

    String moderator() {
        return tokens.staff(Permissions.CATALOG_WRITE);
    }

    String review(Account who, UUID productId, int rating) {
        return given().auth().oauth2(who.accessToken()).contentType("application/json")
                .body(Map.of("rating", rating, "title", "Rated " + rating, "body", "Some words about it"))
                .post("/api/products/{id}/reviews", productId).then().statusCode(201).extract().path("id");
    }

    void approve(String reviewId) {
        given().auth().oauth2(moderator()).post("/api/admin/reviews/{id}/approve", reviewId).then().statusCode(200);
    }

    void reject(String reviewId) {
        given().auth().oauth2(moderator()).post("/api/admin/reviews/{id}/reject", reviewId).then().statusCode(200);
    }

    /** An order of the product by the customer, placed through checkout; paid when {@code paid}. */
    void order(Account who, Sku sku, boolean paid) {
        given().auth().oauth2(who.accessToken()).contentType("application/json")
                .body(Map.of("productId", sku.productId(), "quantity", 1)).post("/api/cart/items").then()
                .statusCode(200);
        String orderId = given().auth().oauth2(who.accessToken()).contentType("application/json")
                .body(Map.of("shippingAddress", Map.of("firstName", "Ada", "lastName", "Lovelace", "line1", "1 rue",
                        "city", "Paris", "postalCode", "75001", "country", "FR")))
                .post("/api/orders").then().statusCode(201).extract().path("id");
        if (paid) {
            // The payments module is not merged yet: mark the order paid as a payment success would.
            jdbc.update("UPDATE orders SET payment_status = 'paid', status = 'confirmed' WHERE id = ?",
                    UUID.fromString(orderId));
        }
    }

    record Rating(BigDecimal average, int count) {}

    Rating rating(UUID productId) {
        return jdbc.queryForObject("SELECT rating_average, rating_count FROM products WHERE id = ?",
                (rs, i) -> new Rating(rs.getBigDecimal(1), rs.getInt(2)), productId);
    }
}
