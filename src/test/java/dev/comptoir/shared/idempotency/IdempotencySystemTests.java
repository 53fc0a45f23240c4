package dev.comptoir.shared.idempotency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.comptoir.support.ExtraInstance;
import dev.comptoir.support.IdempotentTestController;
import dev.comptoir.support.SystemTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

@SystemTest
class IdempotencySystemTests {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @LocalServerPort
    int port;

    private Response post(String key, Map<String, Object> body) {
        return post(port, key, body);
    }

    private static Response post(int port, String key, Map<String, Object> body) {
        var request = given().port(port).contentType("application/json").body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/test/idempotent");
    }

    @Test
    void aRetryWithTheSameKeyAndBodyReplaysTheFirstResponseWithoutRunningAgain() {
        String key = UUID.randomUUID().toString();
        int first = post(key, Map.of("item", "a")).then().statusCode(201).extract().path("run");
        int runs = IdempotentTestController.RUNS.get();
        post(key, Map.of("item", "a")).then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("run", equalTo(first));
        assertThat(IdempotentTestController.RUNS.get()).isEqualTo(runs);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedWith422() {
        String key = UUID.randomUUID().toString();
        post(key, Map.of("item", "a")).then().statusCode(201);
        post(key, Map.of("item", "b")).then().statusCode(422).body("error", equalTo("idempotency_key_reused"));
    }

    @Test
    void aConcurrentDuplicateIsRefusedWith409() throws Exception {
        String key = UUID.randomUUID().toString();
        CompletableFuture<Response> slow = CompletableFuture.supplyAsync(
                () -> post(key, Map.of("item", "slow", "delayMs", 1500)));
        awaitClaim(key);
        post(key, Map.of("item", "slow", "delayMs", 1500)).then().statusCode(409)
                .body("error", equalTo("idempotency_request_in_progress"));
        assertThat(slow.get().statusCode()).isEqualTo(201);
    }

    /**
     * A request that outlives the takeover delay loses its claim to the retry: its work is rolled
     * back (time limit, fencing token) and the retry's answer is the one stored and replayed.
     */
    @Test
    void aClaimTakenOverWhileItsFirstRequestStillRunsTakesEffectOnce() throws Exception {
        ConfigurableApplicationContext shop = ExtraInstance.start(dataSource, Map.of(
                "comptoir.idempotency.takeover-after", "2s", "comptoir.idempotency.work-timeout", "1s"));
        try {
            int port = ExtraInstance.port(shop);
            IdempotentTestController.prepare(jdbc);
            String key = UUID.randomUUID().toString();
            String item = "takeover-" + key;
            Map<String, Object> body = Map.of("item", item, "record", true, "slowFirstRunMs", 3500);
            CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> post(port, key, body));
            awaitClaim(key);
            await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject("SELECT locked_at < now() - "
                    + "interval '2.2 seconds' FROM idempotency_keys WHERE idem_key = ?", Boolean.class, key));
            // the retry takes the claim over; its own work is quick this time (same request, same hash)
            Response retry = post(port, key, body);
            assertThat(retry.statusCode()).isEqualTo(201);
            assertThat(first.get().statusCode()).isIn(409, 503);
            post(port, key, body).then().statusCode(201).header("Idempotent-Replayed", "true")
                    .body("run", equalTo(retry.jsonPath().getInt("run")));
            assertThat(IdempotentTestController.committedRuns(jdbc, item)).isEqualTo(1);
        } finally {
            shop.close();
        }
    }

    private void awaitClaim(String key) {
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM idempotency_keys WHERE idem_key = ?", Integer.class, key) == 1);
    }

    @Test
    void aFailedRequestReleasesItsKeySoThatARetryRunsAgain() {
        String key = UUID.randomUUID().toString();
        post(key, Map.of("item", "x", "fail", true)).then().statusCode(409).body("error", equalTo("test_failure"));
        int runs = IdempotentTestController.RUNS.get();
        post(key, Map.of("item", "x")).then().statusCode(201);
        assertThat(IdempotentTestController.RUNS.get()).isEqualTo(runs + 1);
    }

    @Test
    void withoutAKeyEveryRequestRuns() {
        int before = IdempotentTestController.RUNS.get();
        post(null, Map.of("item", "n")).then().statusCode(201);
        post(null, Map.of("item", "n")).then().statusCode(201);
        assertThat(IdempotentTestController.RUNS.get()).isGreaterThanOrEqualTo(before + 2);
    }

    @Test
    void anOverlongKeyIsABadRequest() {
        post("k".repeat(300), Map.of("item", "a")).then().statusCode(400)
                .body("error", equalTo("invalid_idempotency_key"));
    }
}
