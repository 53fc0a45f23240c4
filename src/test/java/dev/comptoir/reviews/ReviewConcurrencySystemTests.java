package dev.comptoir.reviews;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.comptoir.reviews.ReviewFixtures.Rating;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestAccounts.Account;
import dev.comptoir.support.TestCatalog;
import dev.comptoir.support.TestTokens;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The product's rating stays exact when moderators and authors change one product's reviews at once. */
@SystemTest
class ReviewConcurrencySystemTests {

    @Autowired
    TestAccounts accounts;
    @Autowired
    TestCatalog catalog;
    @Autowired
    TestTokens tokens;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twentyConcurrentApprovalsThenMixedRejectionsAndDeletionsLeaveAnExactRating() throws Exception {
        ReviewFixtures fx = new ReviewFixtures(tokens, jdbc);
        UUID product = catalog.product("10.00", 100).productId();
        List<Account> authors = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<Integer> ratings = new ArrayList<>();
        // an uneven mix, so that an average computed from a subset would show
        List<Integer> given = List.of(5, 5, 5, 4, 4, 4, 4, 3, 3, 2, 5, 5, 4, 1, 5, 4, 3, 5, 5, 4);
        for (int i = 0; i < 20; i++) {
            Account author = accounts.register();
            int rating = given.get(i);
            authors.add(author);
            ratings.add(rating);
            ids.add(fx.review(author, product, rating));
        }

        String moderator = fx.moderator();
        List<Callable<Integer>> approvals = new ArrayList<>();
        for (String id : ids) {
            approvals.add(() -> given().auth().oauth2(moderator).post("/api/admin/reviews/{id}/approve", id)
                    .statusCode());
        }
        assertThat(race(approvals)).containsOnly(200);
        assertThat(fx.rating(product)).isEqualTo(new Rating(average(ratings), 20));

        // then, at once: 5 rejections by a moderator and 4 deletions by their authors
        List<Callable<Integer>> mixed = new ArrayList<>();
        List<Integer> remaining = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String id = ids.get(i);
            Account author = authors.get(i);
            if (i % 4 == 0) {
                mixed.add(() -> given().auth().oauth2(moderator).post("/api/admin/reviews/{id}/reject", id)
                        .statusCode());
            } else if (i % 4 == 1 && i < 16) {
                mixed.add(() -> given().auth().oauth2(author.accessToken()).delete("/api/users/me/reviews/" + id)
                        .statusCode());
            } else {
                remaining.add(ratings.get(i));
            }
        }
        assertThat(race(mixed)).containsOnly(200, 204);
        assertThat(remaining).hasSize(11);
        assertThat(fx.rating(product)).isEqualTo(new Rating(average(remaining), remaining.size()));
    }

    @Test
    void concurrentFirstReviewsOfOneCustomerLeaveOne() throws Exception {
        UUID product = catalog.product("10.00", 100).productId();
        Account customer = accounts.register();
        List<Callable<Integer>> posts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            posts.add(() -> given().auth().oauth2(customer.accessToken()).contentType("application/json")
                    .body(java.util.Map.of("rating", 4)).post("/api/products/{id}/reviews", product).statusCode());
        }
        List<Integer> statuses = race(posts);
        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
        assertThat(statuses.stream().filter(s -> s == 409)).hasSize(5);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM reviews WHERE product_id = ?", Integer.class, product))
                .isEqualTo(1);
    }

    static BigDecimal average(List<Integer> ratings) {
        int sum = ratings.stream().mapToInt(Integer::intValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(ratings.size()), 2, RoundingMode.HALF_UP);
    }

    /** Runs the calls on as many threads, released together. */
    static List<Integer> race(List<Callable<Integer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (Callable<Integer> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : futures) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdown();
        }
    }
}
