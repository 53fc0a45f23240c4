package dev.comptoir.customers;

import static dev.comptoir.customers.AuthSystemTests.refresh;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestAccounts.Account;
import dev.comptoir.support.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SystemTest
class ProfileSystemTests {

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestTokens tokens;

    @Test
    void theProfileShowsTheAccountWithoutItsPassword() {
        Account account = accounts.register();

        given().auth().oauth2(account.accessToken()).get("/api/users/me").then().statusCode(200)
                .body("id", equalTo(account.id().toString()))
                .body("email", equalTo(account.email()))
                .body("firstName", equalTo("Test"))
                .body("lastName", equalTo("Customer"))
                .body("role", equalTo("customer"))
                .body("permissions", empty())
                .body("passwordHash", equalTo(null))
                .body("password", equalTo(null));
    }

    @Test
    void patchingChangesOnlyTheNamesGiven() {
        Account account = accounts.register();

        patch(account, Map.of("firstName", "Grace")).then().statusCode(200)
                .body("firstName", equalTo("Grace"))
                .body("lastName", equalTo("Customer"));
        given().auth().oauth2(account.accessToken()).get("/api/users/me").then()
                .body("firstName", equalTo("Grace"))
                .body("lastName", equalTo("Customer"));
    }

    @Test
    void patchingRoleEmailIdOrPermissionsHasNoEffect() {
        Account account = accounts.register();

        patch(account, Map.of("role", "admin", "permissions", List.of("users:manage"), "email", "boss@example.test",
                "id", UUID.randomUUID().toString(), "lastName", "Hopper"))
                .then().statusCode(200)
                .body("lastName", equalTo("Hopper"))
                .body("role", equalTo("customer"))
                .body("permissions", empty())
                .body("email", equalTo(account.email()))
                .body("id", equalTo(account.id().toString()));

        String next = refresh(account.refreshToken()).then().statusCode(200).extract().path("accessToken");
        given().auth().oauth2(next).get("/api/admin/users").then().statusCode(403);
        given().auth().oauth2(next).get("/api/users/me").then().body("role", equalTo("customer"));
    }

    @Test
    void aBlankNameIsAValidationError() {
        Account account = accounts.register();

        patch(account, Map.of("firstName", "  ")).then().statusCode(400)
                .body("error", equalTo("invalid_data"))
                .body("errors.field", hasItem("firstName"));
    }

    @Test
    void aWrongCurrentPasswordIsRefused() {
        Account account = accounts.register();

        changePassword(account, "not-the-password", "brand-new-password").then().statusCode(400)
                .contentType("application/problem+json")
                .body("error", equalTo("invalid_current_password"));
        accounts.login(account.email(), account.password());
    }

    @Test
    void aShortNewPasswordIsRefusedNamingTheField() {
        Account account = accounts.register();

        changePassword(account, account.password(), "short").then().statusCode(400)
                .body("errors.field", hasItem("newPassword"));
    }

    @Test
    void changingThePasswordEndsEverySessionAndRetiresTheOldPassword() {
        Account account = accounts.register();
        String otherSession = accounts.login(account.email(), account.password()).refreshToken();

        changePassword(account, account.password(), "brand-new-password").then().statusCode(204);

        refresh(account.refreshToken()).then().statusCode(401).body("error", equalTo("invalid_refresh_token"));
        refresh(otherSession).then().statusCode(401);
        login(account.email(), account.password()).then().statusCode(401).body("error", equalTo("invalid_credentials"));
        accounts.login(account.email(), "brand-new-password");
    }

    @Test
    void aDeletedAccountCanNoLongerLogInNorRefresh() {
        Account account = accounts.register();

        given().auth().oauth2(account.accessToken()).delete("/api/users/me").then().statusCode(204);

        login(account.email(), account.password()).then().statusCode(401).body("error", equalTo("invalid_credentials"));
        refresh(account.refreshToken()).then().statusCode(401);
        // its session ended with it: the access token is refused at once
        given().auth().oauth2(account.accessToken()).get("/api/users/me").then().statusCode(401)
                .body("error", equalTo("invalid_token"));
        // a token with no session to revoke (minted before sessions had one) finds no account: 404, never 500
        String sessionless = tokens.customer(account.id());
        given().auth().oauth2(sessionless).get("/api/users/me").then().statusCode(404)
                .body("error", equalTo("user_not_found"));
        given().auth().oauth2(sessionless).delete("/api/users/me").then().statusCode(404);
        given().auth().oauth2(sessionless).contentType(ContentType.JSON).body(Map.of("firstName", "Ghost"))
                .patch("/api/users/me").then().statusCode(404);
    }

    @Test
    void aDeletedAccountsEmailCanRegisterAgain() {
        Account account = accounts.register();
        given().auth().oauth2(account.accessToken()).delete("/api/users/me").then().statusCode(204);

        Account again = accounts.register(account.email(), "a-whole-new-password");

        assertThat(again.id()).isNotEqualTo(account.id());
    }

    @Test
    void aValidTokenForAnAccountThatNeverExistedIsANotFound() {
        given().auth().oauth2(tokens.customer(UUID.randomUUID())).get("/api/users/me").then().statusCode(404)
                .contentType("application/problem+json")
                .body("error", equalTo("user_not_found"));
    }

    private static Response patch(Account account, Map<String, ?> body) {
        return given().auth().oauth2(account.accessToken()).contentType(ContentType.JSON).body(body)
                .patch("/api/users/me");
    }

    private static Response changePassword(Account account, String current, String next) {
        return given().auth().oauth2(account.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", current, "newPassword", next))
                .post("/api/users/me/password");
    }

    private static Response login(String email, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("email", email, "password", password))
                .post("/api/auth/login");
    }
}
