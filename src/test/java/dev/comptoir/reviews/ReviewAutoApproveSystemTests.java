package dev.comptoir.reviews;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.comptoir.reviews.ReviewFixtures.Rating;
import dev.comptoir.support.ExtraInstance;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestAccounts.Account;
import dev.comptoir.support.TestCatalog;
import dev.comptoir.support.TestTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * With {@code comptoir.reviews.auto-approve=true} (a second instance on the same database), reviews
 * are public at once and the rating counts every one of them, also when they arrive together.
 */
@SystemTest
class ReviewAutoApproveSystemTests {

    @Autowired
    DataSource dataSource;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestCatalog catalog;
    @Autowired
    TestTokens tokens;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void concurrentAutoApprovedReviewsArePublicAtOnceAndAllCounted() throws Exception {
        UUID product = catalog.product("10.00", 100).productId();
        List<Integer> ratings = List.of(5, 4, 4, 3, 5, 1, 2, 5, 4, 4);
        List<Account> authors = new ArrayList<>();
        for (int i = 0; i < ratings.size(); i++) {
            authors.add(accounts.register());
        }
        try (ConfigurableApplicationContext instance = ExtraInstance.start(dataSource,
                Map.of("comptoir.reviews.auto-approve", "true"))) {
            int port = ExtraInstance.port(instance);
            List<Callable<Integer>> posts = new ArrayList<>();
            for (int i = 0; i < ratings.size(); i++) {
                Account author = authors.get(i);
                int rating = ratings.get(i);
                posts.add(() -> given().port(port).auth().oauth2(author.accessToken()).contentType("application/json")
                        .body(Map.of("rating", rating)).post("/api/products/{id}/reviews", product).statusCode());
            }
            assertThat(ReviewConcurrencySystemTests.race(posts)).containsOnly(201);
            given().port(port).get("/api/products/{id}/reviews", product).then().statusCode(200)
                    .body("pagination.total", equalTo(10));
        }
        assertThat(new ReviewFixtures(tokens, jdbc).rating(product))
                .isEqualTo(new Rating(ReviewConcurrencySystemTests.average(ratings), 10));
    }
}
