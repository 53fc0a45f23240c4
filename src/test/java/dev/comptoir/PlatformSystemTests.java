package dev.comptoir;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.comptoir.support.SystemTest;
import org.junit.jupiter.api.Test;

@SystemTest
class PlatformSystemTests {

    @Test
    void healthIsHealthyWithTheDatabaseUp() {
        given().get("/health").then().statusCode(200)
                .body("status", equalTo("healthy"))
                .body("services.database", equalTo("up"))
                .body("timestamp", notNullValue())
                .body("uptime", notNullValue());
    }

    @Test
    void unknownRouteIsANotFoundProblem() {
        given().get("/api/nothing-here").then().statusCode(404)
                .contentType("application/problem+json")
                .body("error", equalTo("not_found"))
                .body("message", notNullValue());
    }
}
