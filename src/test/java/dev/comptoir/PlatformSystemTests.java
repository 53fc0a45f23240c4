package dev.comptoir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.comptoir.support.Contract;
import dev.comptoir.support.SystemTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@SystemTest
class PlatformSystemTests {

    @Test
    void healthIsHealthyWithTheDatabaseUp() {
        given().get("/health").then().statusCode(200)
                .body("status", equalTo("healthy"))
                .body("services.database", equalTo("healthy"))
                .body("timestamp", notNullValue())
                .body("uptime", notNullValue());
    }

    @Test
    void livenessReadinessAndPrometheusAreExposed() {
        given().get("/actuator/health/liveness").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/actuator/health/readiness").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/actuator/prometheus").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void unknownRouteIsANotFoundProblem() {
        Contract.invalidRequest().get("/api/nothing-here").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("error", equalTo("not_found"))
                .body("message", notNullValue());
    }

    @Test
    void aUrlTheFirewallRefusesIsABadRequestProblem() {
        Contract.invalidRequest().urlEncodingEnabled(false).get("/api/products;evil=1").then().statusCode(400)
                .contentType("application/problem+json")
                .body("error", equalTo("invalid_url"));
    }

    @Test
    void wrongMethodIsAMethodNotAllowedProblem() {
        Contract.invalidRequest().delete("/health").then().statusCode(405)
                .contentType("application/problem+json")
                .body("error", equalTo("method_not_allowed"));
    }

    @Test
    void wrongMediaTypeIsAnUnsupportedMediaTypeProblem() {
        Contract.invalidRequest().contentType("text/plain").body("email=a@b.c").post("/api/auth/login").then().statusCode(415)
                .contentType("application/problem+json")
                .body("error", equalTo("unsupported_media_type"));
    }

    @Test
    void malformedJsonIsABadRequestProblem() {
        Contract.invalidRequest().contentType("application/json").body("{\"email\": ").post("/api/auth/login").then().statusCode(400)
                .contentType("application/problem+json")
                .body("error", equalTo("malformed_json"));
    }

    @Test
    void aBodyOverTenMegabytesIsRefusedWith413() {
        byte[] big = new byte[10 * 1024 * 1024 + 10];
        java.util.Arrays.fill(big, (byte) ' ');
        Contract.invalidRequest().contentType("application/json").body(big).post("/api/auth/login").then().statusCode(413)
                .contentType("application/problem+json")
                .body("error", equalTo("payload_too_large"));
    }

    @Test
    void anUnexpectedFailureRevealsOnlyARequestId() {
        Response response = given().header("X-Request-Id", "trace-500-check").get("/test/unexpected-failure");
        response.then().statusCode(500)
                .contentType("application/problem+json")
                .body("error", equalTo("internal_error"))
                .body("requestId", equalTo("trace-500-check"))
                .header("X-Request-Id", "trace-500-check");
        String body = response.asString();
        assertThat(body).doesNotContain("password_hash", "IllegalState", "Exception", "at dev.");
    }

    @Test
    void requestIdIsGeneratedWhenAbsentAndPropagatedWhenGiven() {
        given().get("/health").then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        Contract.invalidRequest().header("X-Request-Id", "abc-123").get("/api/nope").then()
                .header("X-Request-Id", "abc-123").body("requestId", equalTo("abc-123"));
        given().header("X-Request-Id", "bad id with spaces\u0007").get("/health").then()
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void securityHeadersAreSetLikeHelmet() {
        given().get("/health").then()
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains ; preload")
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Cross-Origin-Opener-Policy", "same-origin");
    }

    @Test
    void corsAllowsConfiguredOriginsWithTheSpecMethodsAndHeaders() {
        given().header("Origin", "https://shop.example.com")
                .header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "Authorization, Idempotency-Key, X-Session-Id, X-API-Key")
                .options("/api/products").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://shop.example.com")
                .header("Access-Control-Allow-Credentials", "true")
                .header("Access-Control-Allow-Methods", containsString("PATCH"))
                .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"));
        given().header("Origin", "https://evil.example.com")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/products").then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
        // a storefront on another origin reads its session id and whether an answer was replayed
        given().header("Origin", "https://shop.example.com").get("/api/cart").then().statusCode(200)
                .header("Access-Control-Expose-Headers", allOf(containsString("X-Session-Id"),
                        containsString("Idempotent-Replayed"), containsString("Retry-After")));
    }

    @Test
    void responsesOverOneKilobyteAreCompressed() {
        given().header("Accept-Encoding", "gzip").get("/api/docs/openapi.json").then().statusCode(200)
                .header("Content-Encoding", "gzip");
    }

    @Test
    void openApiDocumentHasTheBearerSchemeAndProblemResponses() {
        given().get("/api/docs/openapi.json").then().statusCode(200)
                .body("openapi", matchesPattern("3\\..*"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("components.schemas", hasKey("Problem"))
                .body("paths.'/health'.get.responses", hasKey("500"));
    }

    @Test
    void swaggerUiIsServedUnderTheContentSecurityPolicy() {
        String location = given().redirects().follow(false).get("/api/docs").then().statusCode(302)
                .extract().header("Location");
        String path = java.net.URI.create(location).getPath();
        String base = path.substring(0, path.lastIndexOf('/') + 1);
        String html = given().get(path).then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", not(containsString("unsafe-eval")))
                .extract().asString();
        assertThat(html).contains("swagger-ui").contains("swagger-initializer.js");
        given().get(base + "swagger-initializer.js").then().statusCode(200)
                .body(containsString("/api/docs/openapi.json"));
    }
}
