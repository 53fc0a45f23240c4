package dev.comptoir.shared.idempotency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.comptoir.support.IdempotentTestController;
import dev.comptoir.support.SystemTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

@SystemTest
class IdempotencySystemTests {

    private static Response post(String key, Map<String, Object> body) {
        var request = given().contentType("application/json").body(body);
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
        Thread.sleep(400);
        post(key, Map.of("item", "slow", "delayMs", 1500)).then().statusCode(409)
                .body("error", equalTo("idempotency_request_in_progress"));
        assertThat(slow.get().statusCode()).isEqualTo(201);
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
