package dev.comptoir.customers;

import static dev.comptoir.customers.AuthSystemTests.refresh;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestAccounts.Account;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One refresh token presented at once by several tabs of one customer. */
@SystemTest
class RefreshRaceSystemTests {

    private static final int RACERS = 8;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void racingOneRefreshTokenFromEightThreadsRotatesItOnceAndAnswersAllWithTheSameSuccessor() throws Exception {
        Account account = accounts.register();

        List<HttpResponse<String>> responses = race(account.refreshToken());

        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(200);
        List<JsonNode> bodies = new ArrayList<>();
        for (HttpResponse<String> response : responses) {
            bodies.add(JSON.readTree(response.body()));
        }
        String successor = bodies.get(0).get("refreshToken").asString();
        assertThat(bodies).extracting(body -> body.get("refreshToken").asString()).containsOnly(successor);
        for (JsonNode body : bodies) {
            given().auth().oauth2(body.get("accessToken").asString()).get("/api/users/me").then().statusCode(200);
        }
        // one rotation: the login's token and a single successor, and nothing revoked
        assertThat(familyOf(account.refreshToken(), "true")).isEqualTo(2);
        assertThat(familyOf(account.refreshToken(), "revoked_at IS NOT NULL")).isZero();

        refresh(successor).then().statusCode(200);
    }

    private List<HttpResponse<String>> race(String refreshToken) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port
                        + "/api/auth/refresh"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"refreshToken\":\"" + refreshToken + "\"}"))
                .build();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            List<Future<HttpResponse<String>>> results = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return http.send(request, HttpResponse.BodyHandlers.ofString());
                }));
            }
            start.countDown();
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> result : results) {
                responses.add(result.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Rows of the token's family matching {@code condition}. */
    private int familyOf(String refreshToken, String condition) {
        return jdbc.queryForObject("SELECT count(*) FROM refresh_tokens WHERE " + condition
                + " AND family_id = (SELECT family_id FROM refresh_tokens WHERE token_hash = ?)", Integer.class,
                TokenIssuer.sha256(refreshToken));
    }
}
