package dev.comptoir.customers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestAccounts.Account;
import dev.comptoir.support.TestAccounts.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@SystemTest
class AuthSystemTests {

    @Autowired
    TestAccounts accounts;

    @Autowired
    CustomerEventsProbe probe;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void registeringIsAcceptedAndTheNewCustomerAccountLogsInAtOnce() {
        String email = TestAccounts.uniqueEmail();
        Response response = register(Map.of("email", email.toUpperCase(), "password", TestAccounts.PASSWORD,
                "firstName", " Ada ", "lastName", "Lovelace"));

        // no tokens and no account in the answer: it is the same for a taken address (ADR 0006)
        response.then().statusCode(202)
                .body("email", equalTo(email))
                .body("emailVerificationRequired", equalTo(false))
                .body("message", notNullValue())
                .body("accessToken", equalTo(null))
                .body("user", equalTo(null));
        Response login = login(email, TestAccounts.PASSWORD);
        login.then().statusCode(200).body("tokenType", equalTo("Bearer")).body("expiresIn", equalTo(900))
                .body("refreshToken", notNullValue());
        String accessToken = login.path("accessToken");
        given().auth().oauth2(accessToken).get("/api/users/me").then().statusCode(200)
                .body("email", equalTo(email))
                .body("firstName", equalTo("Ada"))
                .body("role", equalTo("customer"))
                .body("permissions", empty())
                .body("emailVerified", equalTo(false))
                .body("passwordHash", equalTo(null));
        assertThat(Jwts.claims(accessToken).getString("iss")).isEqualTo("comptoir");
    }

    @Test
    void registeringAnEmailTakenInAnotherCaseLeavesTheAccountAsItWas() {
        Account existing = accounts.register();

        register(Map.of("email", existing.email().toUpperCase(), "password", "another-password-1",
                "firstName", "Eve", "lastName", "Copycat"))
                .then().statusCode(202)
                .body("email", equalTo(existing.email()));
        accounts.login(existing.email(), existing.password());
        login(existing.email(), "another-password-1").then().statusCode(401)
                .body("error", equalTo("invalid_credentials"));
        given().auth().oauth2(existing.accessToken()).get("/api/users/me").then().statusCode(200)
                .body("firstName", equalTo("Test"));
    }

    @Test
    void aShortPasswordIsRefusedNamingTheField() {
        register(Map.of("email", TestAccounts.uniqueEmail(), "password", "short-pw1",
                "firstName", "Ada", "lastName", "Lovelace"))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("error", equalTo("invalid_data"))
                .body("errors.field", hasItem("password"));
    }

    @Test
    void aPasswordOverOneHundredTwentyEightCharactersIsRefused() {
        register(Map.of("email", TestAccounts.uniqueEmail(), "password", "x".repeat(129),
                "firstName", "Ada", "lastName", "Lovelace"))
                .then().statusCode(400)
                .body("errors.field", hasItem("password"));
    }

    @Test
    void everyCharacterOfAPasswordLongerThanBcryptReadsCounts() {
        String password = "p".repeat(100) + "-end";
        Account account = accounts.register(TestAccounts.uniqueEmail(), password);

        accounts.login(account.email(), password);
        login(account.email(), "p".repeat(100) + "-END").then().statusCode(401)
                .body("error", equalTo("invalid_credentials"));
    }

    @Test
    void aMissingEmailAndABadEmailAreValidationErrors() {
        register(Map.of("password", TestAccounts.PASSWORD, "firstName", "Ada", "lastName", "Lovelace"))
                .then().statusCode(400).body("errors.field", hasItem("email"));
        register(Map.of("email", "not-an-email", "password", TestAccounts.PASSWORD, "firstName", "Ada",
                "lastName", "Lovelace"))
                .then().statusCode(400).body("errors.field", hasItem("email"));
    }

    @Test
    void loggingInAnswersABearerTokenPairWhateverTheEmailCase() {
        Account account = accounts.register();

        login(account.email().toUpperCase(), account.password()).then().statusCode(200)
                .body("accessToken", notNullValue())
                .body("refreshToken", notNullValue())
                .body("expiresIn", equalTo(900))
                .body("tokenType", equalTo("Bearer"));
    }

    @Test
    void anUnknownEmailAndAWrongPasswordGetTheSameAnswer() {
        Account account = accounts.register();

        Response unknown = login("nobody-" + account.email(), account.password());
        Response wrong = login(account.email(), account.password() + "x");

        unknown.then().statusCode(401).body("error", equalTo("invalid_credentials"));
        wrong.then().statusCode(401).body("error", equalTo("invalid_credentials"));
        assertThat(unknown.path("message").toString()).isEqualTo(wrong.path("message").toString());
    }

    @Test
    void refreshingRotatesTheRefreshToken() {
        Account account = accounts.register();

        Response rotated = refresh(account.refreshToken());
        rotated.then().statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("accessToken", notNullValue());
        String next = rotated.path("refreshToken");
        assertThat(next).isNotEqualTo(account.refreshToken());

        given().auth().oauth2(rotated.path("accessToken")).get("/api/users/me").then().statusCode(200);
        refresh(next).then().statusCode(200);
    }

    @Test
    void reusingARotatedTokenAfterTheGraceWindowRevokesItsWholeFamily() {
        Account account = accounts.register();
        String second = refresh(account.refreshToken()).then().statusCode(200).extract().path("refreshToken");
        Tokens otherSession = accounts.login(account.email(), account.password());
        // the rotation happened a minute ago: past the 30 s grace window
        jdbc.update("UPDATE refresh_tokens SET used_at = used_at - interval '1 minute' WHERE token_hash = ?",
                TokenIssuer.sha256(account.refreshToken()));

        refresh(account.refreshToken()).then().statusCode(401)
                .contentType("application/problem+json")
                .body("error", equalTo("invalid_refresh_token"));

        refresh(second).then().statusCode(401).body("error", equalTo("invalid_refresh_token"));
        // another login is another family: untouched
        refresh(otherSession.refreshToken()).then().statusCode(200);
    }

    @Test
    void anUnknownRefreshTokenIsRefused() {
        refresh("not-a-token-we-issued").then().statusCode(401).body("error", equalTo("invalid_refresh_token"));
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/auth/refresh").then().statusCode(400)
                .body("errors.field", hasItem("refreshToken"));
    }

    @Test
    void loggingOutRevokesTheFamilyAndCanBeRepeated() {
        Account account = accounts.register();
        String second = refresh(account.refreshToken()).then().statusCode(200).extract().path("refreshToken");

        logout(second).then().statusCode(204);
        logout(second).then().statusCode(204);
        logout("never-issued").then().statusCode(204);

        refresh(second).then().statusCode(401).body("error", equalTo("invalid_refresh_token"));
    }

    @Test
    void registrationAndLoginPublishEventsAndTheLoginCarriesTheSessionId() {
        String email = TestAccounts.uniqueEmail();
        register(Map.of("email", email, "password", TestAccounts.PASSWORD, "firstName", "Ada",
                "lastName", "Lovelace")).then().statusCode(202);
        String accessToken = given().contentType(ContentType.JSON).header("X-Session-Id", "sess-" + email)
                .body(Map.of("email", email, "password", TestAccounts.PASSWORD))
                .post("/api/auth/login").then().statusCode(200).extract().path("accessToken");
        String registeredId = TestAccounts.subject(accessToken).toString();
        accounts.login(email, TestAccounts.PASSWORD);

        assertThat(probe.of(CustomerRegistered.class))
                .anySatisfy(e -> {
                    assertThat(e.userId()).hasToString(registeredId);
                    assertThat(e.email()).isEqualTo(email);
                    assertThat(e.at()).isNotNull();
                });
        assertThat(probe.of(CustomerLoggedIn.class).stream()
                        .filter(e -> e.userId().toString().equals(registeredId)))
                .extracting(CustomerLoggedIn::sessionId)
                .containsExactly("sess-" + email, null);
    }

    @Test
    void theAuthRoutesAreDocumented() {
        given().get("/api/docs/openapi.json").then().statusCode(200)
                .body("paths.'/api/auth/login'.post.summary", notNullValue())
                .body("paths.'/api/auth/refresh'.post.summary", notNullValue())
                .body("paths.'/api/users/me'.patch.summary", notNullValue())
                .body("paths.'/api/admin/users/{id}/role'.put.summary", notNullValue());
    }

    private static Response register(Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/auth/register");
    }

    private static Response login(String email, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("email", email, "password", password))
                .post("/api/auth/login");
    }

    static Response refresh(String refreshToken) {
        return given().contentType(ContentType.JSON).body(Map.of("refreshToken", refreshToken))
                .post("/api/auth/refresh");
    }

    static Response logout(String refreshToken) {
        return given().contentType(ContentType.JSON).body(Map.of("refreshToken", refreshToken))
                .post("/api/auth/logout");
    }
}
