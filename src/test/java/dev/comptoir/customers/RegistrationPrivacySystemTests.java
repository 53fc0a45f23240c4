package dev.comptoir.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.comptoir.support.Contract;
import dev.comptoir.support.Outbox;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestAccounts.Account;
import dev.comptoir.support.TestCatalog;
import dev.comptoir.support.TestCatalog.Sku;
import dev.comptoir.support.TestMailServer;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Registration does not tell whether an address has an account (ADR 0006): the same status and body
 * for a new and a taken address; the holder of a taken one is told by email, at most once a day.
 */
@SystemTest
class RegistrationPrivacySystemTests {

    static final String ATTEMPT = "Someone tried to register with your email address";

    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestCatalog catalog;

    @Test
    void aNewAndATakenAddressGetTheSameAnswer() {
        Account existing = accounts.register();
        String fresh = TestAccounts.uniqueEmail();

        Response forNew = register(fresh, "Ada");
        Response forTaken = register(existing.email(), "Eve");

        forNew.then().statusCode(202);
        forTaken.then().statusCode(202);
        assertThat(forTaken.contentType()).isEqualTo(forNew.contentType());
        // the body names the address it was given, and differs in nothing else
        assertThat(forTaken.asString().replace(existing.email(), "<email>"))
                .isEqualTo(forNew.asString().replace(fresh, "<email>"));
    }

    @Test
    void theHolderOfATakenAddressIsToldAtMostOnceADayAndGetsNoSecondAccount() {
        Account existing = accounts.register();

        register(existing.email(), "Eve").then().statusCode(202);
        register(existing.email().toUpperCase(), "Mallory").then().statusCode(202);

        assertThat(TestMailServer.text(TestMailServer.awaitMessage(existing.email(), ATTEMPT)))
                .contains("Hello Test,").contains("you already have one");
        Outbox.awaitDone(jdbc, Outbox.ACCOUNT_EMAILS, existing.id().toString());
        assertThat(TestMailServer.messagesTo(existing.email(), ATTEMPT)).hasSize(1);
        // only its own registration's verification email: no account, no link for the attempts
        assertThat(TestMailServer.messagesTo(existing.email(), EmailVerificationSystemTests.SUBJECT)).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM users WHERE lower(email) = ?", Integer.class,
                existing.email())).isEqualTo(1);
    }

    @Test
    void anAnonymousCartWaitsThroughRegistrationAndMergesAtTheLoginThatFollows() {
        Sku sku = catalog.product("7.00", 10);
        String session = Contract.request().get("/api/cart").then().statusCode(200).extract().header("X-Session-Id");
        Contract.request().header("X-Session-Id", session).contentType("application/json")
                .body(Map.of("productId", sku.productId(), "quantity", 2)).post("/api/cart/items")
                .then().statusCode(200);
        String email = TestAccounts.uniqueEmail();

        // registering signs nobody in, so the cart stays anonymous
        Contract.request().header("X-Session-Id", session).contentType("application/json")
                .body(Map.of("email", email, "password", TestAccounts.PASSWORD, "firstName", "Ada", "lastName", "Byron"))
                .post("/api/auth/register").then().statusCode(202);
        Contract.request().header("X-Session-Id", session).get("/api/cart").then().body("items", hasSize(1));
        String token = Contract.request().header("X-Session-Id", session).contentType("application/json")
                .body(Map.of("email", email, "password", TestAccounts.PASSWORD)).post("/api/auth/login")
                .then().statusCode(200).body("warnings", empty()).extract().path("accessToken");

        Contract.request().auth().oauth2(token).get("/api/cart").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].sku", equalTo(sku.sku())).body("items[0].quantity", equalTo(2));
    }

    @Test
    void theLifecycleRoutesAreDocumentedWithTheirRealStatusesAndSchemas() {
        Contract.request().get("/api/docs/openapi.json").then().statusCode(200)
                .body("paths.'/api/auth/register'.post.operationId", equalTo("register"))
                .body("paths.'/api/auth/register'.post.responses.'202'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/RegistrationAccepted"))
                // no document-wide security, so an operation without a requirement is public
                .body("security", org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.nullValue(), empty()))
                .body("paths.'/api/auth/register'.post.security",
                        org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.nullValue(), empty()))
                .body("paths.'/api/auth/password-reset'.post.operationId", equalTo("requestPasswordReset"))
                .body("paths.'/api/auth/password-reset'.post.responses.'202'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/Accepted"))
                .body("paths.'/api/auth/password-reset/confirm'.post.responses", org.hamcrest.Matchers.hasKey("204"))
                .body("paths.'/api/auth/password-reset/confirm'.post.responses.'400'.description",
                        org.hamcrest.Matchers.containsString("token_expired"))
                .body("paths.'/api/auth/verify-email'.post.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/EmailVerified"))
                .body("paths.'/api/auth/verify-email/resend'.post.responses", org.hamcrest.Matchers.hasKey("409"))
                .body("paths.'/api/users/me/email'.post.operationId", equalTo("requestEmailChange"))
                .body("paths.'/api/users/me/email/confirm'.post.responses", org.hamcrest.Matchers.hasKey("409"))
                .body("components.schemas.RegistrationAccepted.required",
                        org.hamcrest.Matchers.containsInAnyOrder("email", "emailVerificationRequired", "message"));
    }

    static Response register(String email, String firstName) {
        return Contract.request().contentType("application/json")
                .body(Map.of("email", email, "password", "another-passphrase-1", "firstName", firstName,
                        "lastName", "Tester"))
                .post("/api/auth/register");
    }
}
