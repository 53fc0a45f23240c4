package dev.comptoir.support;

import io.restassured.RestAssured;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Points REST Assured at the random port of the running test server, and installs once (REST Assured's
 * filters are global) the check of every request and response against the OpenAPI document that server
 * publishes ({@link OpenApiValidation}); a request invalid on purpose is marked
 * {@link Contract#invalidRequest()}. Before all tests of a class too, for its {@code @BeforeAll} set-up.
 */
class RestAssuredPort implements BeforeAllCallback, BeforeEachCallback {

    private static boolean validating;

    @Override
    public void beforeAll(ExtensionContext context) {
        beforeEach(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        var env = SpringExtension.getApplicationContext(context).getEnvironment();
        RestAssured.port = Integer.parseInt(env.getProperty("local.server.port"));
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        installValidation();
    }

    private static synchronized void installValidation() {
        if (!validating) {
            RestAssured.filters(OpenApiValidation.filter());
            validating = true;
        }
    }
}
