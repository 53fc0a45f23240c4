package dev.comptoir.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.comptoir.support.Contract;
import dev.comptoir.support.ExtraInstance;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestAccounts.Account;
import dev.comptoir.support.TestCatalog;
import dev.comptoir.support.TestCatalog.Sku;
import dev.comptoir.support.TestMailServer;
import io.restassured.response.Response;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Email verification (ADR 0006): the registration's email carries a single-use link; it can be sent
 * again; with EMAIL_VERIFICATION_REQUIRED an unverified customer cannot check out.
 */
@SystemTest
class EmailVerificationSystemTests {

    static final String SUBJECT = "Confirm your email address";

    @Autowired
    TestAccounts accounts;
    @Autowired
    TestCatalog catalog;
    @Autowired
    DataSource dataSource;

    @Test
    void theRegistrationEmailWelcomesAndItsLinkVerifiesTheAddress() {
        Account account = accounts.register();
        MimeMessage email = TestMailServer.awaitMessage(account.email(), SUBJECT);
        assertThat(TestMailServer.text(email)).contains("Welcome! Your account is ready.")
                .contains("https://shop.example.com/account/verify-email?token=");
        profile(account.accessToken()).body("emailVerified", equalTo(false));

        String token = TestMailServer.token(email);
        verify(token).then().statusCode(200).body("email", equalTo(account.email()))
                .body("emailVerified", equalTo(true));

        profile(account.accessToken()).body("emailVerified", equalTo(true));
        verify(token).then().statusCode(400).body("error", equalTo("token_used"));
        verify("never-sent").then().statusCode(400).body("error", equalTo("token_invalid"));
    }

    @Test
    void aResentLinkReplacesTheFirstAndAVerifiedAddressNeedsNoOther() {
        Account account = accounts.register();
        TestMailServer.awaitMessage(account.email(), SUBJECT);

        resend(account.accessToken()).then().statusCode(202);
        List<MimeMessage> emails = TestMailServer.awaitMessages(account.email(), SUBJECT, 2);
        assertThat(emails).anySatisfy(m -> assertThat(TestMailServer.text(m)).doesNotContain("Welcome"));
        List<String> answers = new ArrayList<>();
        for (MimeMessage email : emails) {
            Response answer = verify(TestMailServer.token(email));
            answers.add(answer.statusCode() == 200 ? "verified" : answer.path("error"));
        }
        assertThat(answers).containsExactlyInAnyOrder("verified", "token_expired");

        resend(account.accessToken()).then().statusCode(409).contentType("application/problem+json")
                .body("error", equalTo("email_already_verified"));
        Contract.request().post("/api/auth/verify-email/resend").then().statusCode(401)
                .body("error", equalTo("unauthorized"));
    }

    @Test
    void whenVerificationIsRequiredAnUnverifiedCustomerCannotCheckOutUntilVerified() {
        Sku sku = catalog.product("18.00", 5);
        ConfigurableApplicationContext shop = ExtraInstance.start(dataSource,
                Map.of("comptoir.accounts.email-verification-required", true));
        try {
            int port = ExtraInstance.port(shop);
            String email = TestAccounts.uniqueEmail();
            Contract.request().port(port).contentType("application/json")
                    .body(Map.of("email", email, "password", TestAccounts.PASSWORD, "firstName", "Ada",
                            "lastName", "Lovelace"))
                    .post("/api/auth/register").then().statusCode(202)
                    .body("emailVerificationRequired", equalTo(true));
            // signing in works before the address is verified
            String token = Contract.request().port(port).contentType("application/json")
                    .body(Map.of("email", email, "password", TestAccounts.PASSWORD))
                    .post("/api/auth/login").then().statusCode(200).extract().path("accessToken");
            Contract.request().port(port).auth().oauth2(token).contentType("application/json")
                    .body(Map.of("productId", sku.productId(), "quantity", 1)).post("/api/cart/items")
                    .then().statusCode(200);

            checkout(port, token).then().statusCode(403).contentType("application/problem+json")
                    .body("error", equalTo("email_not_verified"));

            verify(TestMailServer.token(TestMailServer.awaitMessage(email, SUBJECT))).then().statusCode(200);
            checkout(port, token).then().statusCode(201).body("email", equalTo(email));
        } finally {
            shop.close();
        }
    }

    @Test
    void withoutTheSettingAnUnverifiedCustomerChecksOut() {
        Sku sku = catalog.product("18.00", 5);
        Account account = accounts.register();
        Contract.request().auth().oauth2(account.accessToken()).contentType("application/json")
                .body(Map.of("productId", sku.productId(), "quantity", 1)).post("/api/cart/items")
                .then().statusCode(200);
        checkout(io.restassured.RestAssured.port, account.accessToken()).then().statusCode(201);
    }

    private static Response checkout(int port, String token) {
        return Contract.request().port(port).auth().oauth2(token).contentType("application/json")
                .body(Map.of("shippingAddress", Map.of("firstName", "Ada", "lastName", "Lovelace",
                        "line1", "12 rue de la Paix", "city", "Paris", "postalCode", "75002", "country", "FR")))
                .post("/api/orders");
    }

    private static io.restassured.response.ValidatableResponse profile(String token) {
        return Contract.request().auth().oauth2(token).get("/api/users/me").then().statusCode(200);
    }

    static Response verify(String token) {
        return Contract.request().contentType("application/json").body(Map.of("token", token))
                .post("/api/auth/verify-email");
    }

    private static Response resend(String accessToken) {
        return Contract.request().auth().oauth2(accessToken).post("/api/auth/verify-email/resend");
    }
}
