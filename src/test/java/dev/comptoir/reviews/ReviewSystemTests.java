package dev.comptoir.reviews;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.comptoir.reviews.ReviewFixtures.Rating;
import dev.comptoir.shared.security.Permissions;
import dev.comptoir.support.Contract;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts.Account;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestCatalog.Sku;
import dev.comptoir.support.TestCatalog;
import dev.comptoir.support.TestTokens;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@SystemTest
class ReviewSystemTests {

    @Autowired
    TestAccounts accounts;
    @Autowired
    TestCatalog catalog;
    @Autowired
    TestTokens tokens;
    @Autowired
    JdbcTemplate jdbc;

    ReviewFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new ReviewFixtures(tokens, jdbc);
    }

    private UUID product() {
        return catalog.product("10.00", 100).productId();
    }

    @Test
    void onlyApprovedReviewsArePublicAndTheAuthorSeesTheirOwnPendingOne() {
        UUID product = product();
        Account author = accounts.register();
        Account other = accounts.register();
        String pending = given().auth().oauth2(author.accessToken()).contentType("application/json")
                .body(Map.of("rating", 4, "title", "Nice", "body", "Works well"))
                .post("/api/products/{id}/reviews", product).then().statusCode(201)
                .body("status", equalTo("pending")).body("rating", equalTo(4))
                .body("authorName", equalTo("Test C.")).body("verifiedPurchase", equalTo(false))
                .extract().path("id");

        given().get("/api/products/{id}/reviews", product).then().statusCode(200)
                .body("data", hasSize(0)).body("pagination.total", equalTo(0));
        given().auth().oauth2(author.accessToken()).get("/api/users/me/reviews").then().statusCode(200)
                .body("data.id", hasItem(pending)).body("data[0].status", equalTo("pending"));
        given().auth().oauth2(author.accessToken()).get("/api/users/me/reviews/" + pending).then().statusCode(200)
                .body("status", equalTo("pending"));
        given().auth().oauth2(other.accessToken()).get("/api/users/me/reviews/" + pending).then().statusCode(404)
                .body("error", equalTo("review_not_found"));
        given().auth().oauth2(other.accessToken()).delete("/api/users/me/reviews/" + pending).then().statusCode(404);
        given().auth().oauth2(other.accessToken()).get("/api/users/me/reviews").then()
                .body("data.id", not(hasItem(pending)));

        fx.approve(pending);
        given().get("/api/products/{id}/reviews", product).then().statusCode(200)
                .body("data", hasSize(1)).body("data[0].id", equalTo(pending)).body("data[0].title", equalTo("Nice"))
                .body("data[0].status", nullValue()).body("data[0].userId", nullValue());

        String rejected = fx.review(other, product, 1);
        fx.reject(rejected);
        given().get("/api/products/{id}/reviews", product).then().body("data.id", not(hasItem(rejected)));
        given().auth().oauth2(other.accessToken()).get("/api/users/me/reviews/" + rejected).then().statusCode(200)
                .body("status", equalTo("rejected"));
    }

    @Test
    void aCustomerReviewsAProductOnlyOnce() {
        UUID product = product();
        Account customer = accounts.register();
        fx.review(customer, product, 5);
        given().auth().oauth2(customer.accessToken()).contentType("application/json").body(Map.of("rating", 3))
                .post("/api/products/{id}/reviews", product).then().statusCode(409)
                .body("error", equalTo("review_exists"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM reviews WHERE product_id = ? AND user_id = ?",
                Integer.class, product, customer.id())).isEqualTo(1);
        // and another product is fine
        fx.review(customer, product(), 3);
    }

    @Test
    void aReviewIsAVerifiedPurchaseOnlyWhenTheCustomerPaidForTheProduct() {
        Sku sku = catalog.product("10.00", 100);
        Account buyer = accounts.register();
        Account unpaid = accounts.register();
        Account stranger = accounts.register();
        fx.order(buyer, sku, true);
        fx.order(unpaid, sku, false);

        given().auth().oauth2(buyer.accessToken()).contentType("application/json").body(Map.of("rating", 5))
                .post("/api/products/{id}/reviews", sku.productId()).then().statusCode(201)
                .body("verifiedPurchase", equalTo(true));
        given().auth().oauth2(unpaid.accessToken()).contentType("application/json").body(Map.of("rating", 2))
                .post("/api/products/{id}/reviews", sku.productId()).then().statusCode(201)
                .body("verifiedPurchase", equalTo(false));
        given().auth().oauth2(stranger.accessToken()).contentType("application/json").body(Map.of("rating", 1))
                .post("/api/products/{id}/reviews", sku.productId()).then().statusCode(201)
                .body("verifiedPurchase", equalTo(false));
    }

    @Test
    void theProductRatingFollowsApprovalsRejectionsAndDeletionsExactly() {
        UUID product = product();
        Account a = accounts.register();
        Account b = accounts.register();
        Account c = accounts.register();
        String five = fx.review(a, product, 5);
        String four = fx.review(b, product, 4);
        String otherFour = fx.review(c, product, 4);
        assertThat(fx.rating(product)).isEqualTo(new Rating(new BigDecimal("0.00"), 0));

        fx.approve(five);
        fx.approve(four);
        fx.approve(otherFour);
        assertThat(fx.rating(product)).isEqualTo(new Rating(new BigDecimal("4.33"), 3));
        given().get("/api/products/" + product).then().statusCode(200)
                .body("ratingAverage", equalTo(4.33f)).body("ratingCount", equalTo(3));

        fx.reject(five);
        assertThat(fx.rating(product)).isEqualTo(new Rating(new BigDecimal("4.00"), 2));

        given().auth().oauth2(b.accessToken()).delete("/api/users/me/reviews/" + four).then().statusCode(204);
        assertThat(fx.rating(product)).isEqualTo(new Rating(new BigDecimal("4.00"), 1));

        fx.approve(five);
        assertThat(fx.rating(product)).isEqualTo(new Rating(new BigDecimal("4.50"), 2));

        given().auth().oauth2(fx.moderator()).delete("/api/admin/reviews/" + otherFour).then().statusCode(204);
        assertThat(fx.rating(product)).isEqualTo(new Rating(new BigDecimal("5.00"), 1));

        // a pending review's removal does not touch the rating
        Account d = accounts.register();
        String pending = fx.review(d, product, 1);
        given().auth().oauth2(d.accessToken()).delete("/api/users/me/reviews/" + pending).then().statusCode(204);
        assertThat(fx.rating(product)).isEqualTo(new Rating(new BigDecimal("5.00"), 1));
    }

    @Test
    void approvingTwiceOrRejectingTwiceIsAnInvalidTransition() {
        UUID product = product();
        String id = fx.review(accounts.register(), product, 3);
        fx.approve(id);
        given().auth().oauth2(fx.moderator()).post("/api/admin/reviews/{id}/approve", id).then().statusCode(409)
                .body("error", equalTo("invalid_transition"));
        fx.reject(id);
        given().auth().oauth2(fx.moderator()).post("/api/admin/reviews/{id}/reject", id).then().statusCode(409)
                .body("error", equalTo("invalid_transition"));
        assertThat(fx.rating(product).count()).isZero();
    }

    @Test
    void theListSortsByNewestHighestOrLowestAndPages() {
        UUID product = product();
        List<Integer> ratings = List.of(3, 5, 1, 4, 2);
        List<String> ids = new java.util.ArrayList<>();
        for (int rating : ratings) {
            String id = fx.review(accounts.register(), product, rating);
            fx.approve(id);
            ids.add(id);
        }
        given().get("/api/products/{id}/reviews", product).then().statusCode(200)
                .body("data.id", equalTo(List.of(ids.get(4), ids.get(3), ids.get(2), ids.get(1), ids.get(0))));
        given().get("/api/products/{id}/reviews?sort=newest", product).then()
                .body("data[0].id", equalTo(ids.get(4)));
        given().get("/api/products/{id}/reviews?sort=highest", product).then()
                .body("data.rating", equalTo(List.of(5, 4, 3, 2, 1)));
        given().get("/api/products/{id}/reviews?sort=lowest", product).then()
                .body("data.rating", equalTo(List.of(1, 2, 3, 4, 5)));
        given().get("/api/products/{id}/reviews?sort=highest&page=2&limit=2", product).then().statusCode(200)
                .body("data.rating", equalTo(List.of(3, 2)))
                .body("pagination.page", equalTo(2)).body("pagination.perPage", equalTo(2))
                .body("pagination.total", equalTo(5)).body("pagination.totalPages", equalTo(3));
        given().get("/api/products/{id}/reviews?sort=highest&page=4&limit=2", product).then().statusCode(200)
                .body("data", hasSize(0));
        assertThat(fx.rating(product)).isEqualTo(new Rating(new BigDecimal("3.00"), 5));
    }

    @Test
    void moderatorsListReviewsByStatus() {
        UUID product = product();
        String pending = fx.review(accounts.register(), product, 2);
        String approved = fx.review(accounts.register(), product, 4);
        fx.approve(approved);
        given().auth().oauth2(fx.moderator()).get("/api/admin/reviews?status=pending&limit=100").then()
                .statusCode(200).body("data.id", hasItem(pending)).body("data.id", not(hasItem(approved)))
                .body("data.find { it.id == '%s' }.userId".formatted(pending), org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(fx.moderator()).get("/api/admin/reviews?status=approved&limit=100").then()
                .statusCode(200).body("data.id", hasItem(approved)).body("data.id", not(hasItem(pending)));
        given().auth().oauth2(fx.moderator()).get("/api/admin/reviews?limit=1").then().statusCode(200)
                .body("data", hasSize(1)).body("pagination.perPage", equalTo(1));
        Contract.invalidRequest().auth().oauth2(fx.moderator()).get("/api/admin/reviews?status=maybe").then().statusCode(400)
                .body("errors.field", hasItem("status"));
    }

    @Test
    void accessRulesForWritingAndModerating() {
        UUID product = product();
        Account customer = accounts.register();
        String id = fx.review(customer, product, 4);
        Map<String, Object> body = Map.of("rating", 5);

        given().contentType("application/json").body(body).post("/api/products/{id}/reviews", product).then()
                .statusCode(401).body("error", equalTo("unauthorized"));
        // even an invalid body: who may write is decided first
        Contract.invalidRequest().contentType("application/json").body(Map.of("rating", 9)).post("/api/products/{id}/reviews", product)
                .then().statusCode(401);
        given().auth().oauth2(tokens.staff(Permissions.CATALOG_WRITE)).contentType("application/json").body(body)
                .post("/api/products/{id}/reviews", product).then().statusCode(403).body("error", equalTo("forbidden"));

        given().get("/api/admin/reviews").then().statusCode(401);
        given().post("/api/admin/reviews/{id}/approve", id).then().statusCode(401);
        given().auth().oauth2(customer.accessToken()).get("/api/admin/reviews").then().statusCode(403);
        given().auth().oauth2(customer.accessToken()).post("/api/admin/reviews/{id}/approve", id).then()
                .statusCode(403);
        given().auth().oauth2(customer.accessToken()).post("/api/admin/reviews/{id}/reject", id).then()
                .statusCode(403);
        given().auth().oauth2(customer.accessToken()).delete("/api/admin/reviews/{id}", id).then().statusCode(403);
        given().auth().oauth2(tokens.staff(Permissions.ORDERS_MANAGE)).post("/api/admin/reviews/{id}/approve", id)
                .then().statusCode(403);
        given().get("/api/users/me/reviews").then().statusCode(401);

        given().auth().oauth2(tokens.staff(Permissions.CATALOG_WRITE)).get("/api/admin/reviews").then()
                .statusCode(200);
        given().auth().oauth2(tokens.admin()).post("/api/admin/reviews/{id}/approve", id).then().statusCode(200)
                .body("status", equalTo("approved")).body("moderatedBy", org.hamcrest.Matchers.startsWith("staff:"));
    }

    @Test
    void badInputsAreProblems() {
        UUID product = product();
        Account customer = accounts.register();
        for (Object rating : List.of(0, 6, -1)) {
            Contract.invalidRequest().auth().oauth2(customer.accessToken()).contentType("application/json")
                    .body(Map.of("rating", rating)).post("/api/products/{id}/reviews", product).then().statusCode(400)
                    .body("error", equalTo("invalid_data")).body("errors.field", hasItem("rating"));
        }
        Contract.invalidRequest().auth().oauth2(customer.accessToken()).contentType("application/json").body(Map.of("rating", "five"))
                .post("/api/products/{id}/reviews", product).then().statusCode(400)
                .body("errors.field", hasItem("rating"));
        Contract.invalidRequest().auth().oauth2(customer.accessToken()).contentType("application/json").body(Map.of("title", "x"))
                .post("/api/products/{id}/reviews", product).then().statusCode(400)
                .body("errors.field", hasItem("rating"));
        Contract.invalidRequest().auth().oauth2(customer.accessToken()).contentType("application/json")
                .body(Map.of("rating", 3, "title", "t".repeat(201), "body", "b".repeat(5001)))
                .post("/api/products/{id}/reviews", product).then().statusCode(400)
                .body("errors.field", hasItem("title")).body("errors.field", hasItem("body"));

        given().auth().oauth2(customer.accessToken()).contentType("application/json").body(Map.of("rating", 3))
                .post("/api/products/{id}/reviews", UUID.randomUUID()).then().statusCode(404)
                .body("error", equalTo("product_not_found"));
        given().get("/api/products/{id}/reviews", UUID.randomUUID()).then().statusCode(404)
                .body("error", equalTo("product_not_found"));
        Contract.invalidRequest().get("/api/products/not-a-uuid/reviews").then().statusCode(400);
        Contract.invalidRequest().get("/api/products/{id}/reviews?sort=best", product).then().statusCode(400)
                .body("errors.field", hasItem("sort"));
        Contract.invalidRequest().get("/api/products/{id}/reviews?limit=0", product).then().statusCode(400);
        given().auth().oauth2(fx.moderator()).post("/api/admin/reviews/{id}/approve", UUID.randomUUID()).then()
                .statusCode(404).body("error", equalTo("review_not_found"));
        Contract.invalidRequest().auth().oauth2(fx.moderator()).post("/api/admin/reviews/not-a-uuid/approve").then().statusCode(400);

        Sku inactive = catalog.product("10.00", 5);
        catalog.deactivate(inactive.productId());
        given().auth().oauth2(customer.accessToken()).contentType("application/json").body(Map.of("rating", 3))
                .post("/api/products/{id}/reviews", inactive.productId()).then().statusCode(404);
    }
}
