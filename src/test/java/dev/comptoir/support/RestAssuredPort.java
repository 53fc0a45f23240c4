package dev.comptoir.support;

import io.restassured.RestAssured;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** Points REST Assured at the random port of the running test server. */
class RestAssuredPort implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        var env = SpringExtension.getApplicationContext(context).getEnvironment();
        RestAssured.port = Integer.parseInt(env.getProperty("local.server.port"));
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }
}
