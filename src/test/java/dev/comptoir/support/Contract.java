package dev.comptoir.support;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.specification.RequestSpecification;

/**
 * Requests in system tests. Every request and response is checked against the published OpenAPI
 * document ({@link RestAssuredPort}); a test that sends an invalid request on purpose says so with
 * {@link #invalidRequest()}, and only that request skips the request check — its response is still
 * validated.
 */
public final class Contract {

    /** Marks one request as invalid on purpose: {@code spec.filter(Contract.INVALID_REQUEST)}. */
    public static final Filter INVALID_REQUEST = OpenApiValidation.SKIP_REQUEST_VALIDATION;

    private Contract() {}

    public static RequestSpecification request() {
        return RestAssured.given();
    }

    /** A request that breaks the contract on purpose (to check the 400 it gets). */
    public static RequestSpecification invalidRequest() {
        return RestAssured.given().filter(OpenApiValidation.SKIP_REQUEST_VALIDATION);
    }
}
