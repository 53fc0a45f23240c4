package dev.comptoir.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.comptoir.support.Contract;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestAccounts.Account;
import dev.comptoir.support.TestAccounts.Tokens;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Logout, a password change, a role change and a deactivation end sessions at once: the access tokens
 * issued with them are refused on their next use, even those already verified and remembered.
 */
@SystemTest
class SessionRevocationSystemTests {

    @Autowired
    TestAccounts accounts;

    @Test
    void anAccessTokenCarriesItsSessionTheRefreshTokenFamily() {
        Account account = accounts.register();
        Tokens other = accounts.login(account.email(), account.password());

        String session = Jwts.claims(account.accessToken()).getString("sid");
        assertThat(session).isNotBlank();
        assertThat(Jwts.claims(other.accessToken()).getString("sid")).isNotBlank().isNotEqualTo(session);
        String refreshed = refresh(account.refreshToken()).accessToken();
        assertThat(Jwts.claims(refreshed).getString("sid")).isEqualTo(session);
    }

    @Test
    void logoutRefusesThatSessionsAccessTokensAtOnce() {
        Account account = accounts.register();
        String rotated = refresh(account.refreshToken()).accessToken();
        me(account.accessToken()).then().statusCode(200); // verified once: remembered
        me(rotated).then().statusCode(200);

        logout(account.refreshToken()); // a spent token of the family still names the session

        assertRevoked(account.accessToken());
        assertRevoked(rotated);
    }

    @Test
    void logoutLeavesTheAccountsOtherSessionsAlone() {
        Account account = accounts.register();
        Tokens phone = accounts.login(account.email(), account.password());

        logout(account.refreshToken());

        assertRevoked(account.accessToken());
        me(phone.accessToken()).then().statusCode(200).body("email", equalTo(account.email()));
    }

    @Test
    void aPasswordChangeRefusesEverySessionsAccessTokens() {
        Account account = accounts.register();
        Tokens phone = accounts.login(account.email(), account.password());
        me(phone.accessToken()).then().statusCode(200);

        Contract.request().auth().oauth2(account.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", account.password(), "newPassword", "a-brand-new-password"))
                .post("/api/users/me/password").then().statusCode(204);

        assertRevoked(account.accessToken());
        assertRevoked(phone.accessToken());
        me(accounts.login(account.email(), "a-brand-new-password").accessToken()).then().statusCode(200);
    }

    @Test
    void aDemotionRefusesTheStaffMembersAccessTokensAtOnce() {
        Account manager = accounts.withRole("catalog_manager");
        Contract.request().auth().oauth2(manager.accessToken()).get("/api/admin/products").then().statusCode(200);

        Contract.request().auth().oauth2(accounts.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("role", "customer"))
                .put("/api/admin/users/{id}/role", manager.id()).then().statusCode(200);

        Contract.request().auth().oauth2(manager.accessToken()).get("/api/admin/products").then().statusCode(401)
                .body("error", equalTo("invalid_token"));
        refreshRefused(manager.refreshToken());
        // signing in again gives a token of the new role
        String fresh = accounts.login(manager.email(), manager.password()).accessToken();
        Contract.request().auth().oauth2(fresh).get("/api/admin/products").then().statusCode(403);
    }

    @Test
    void aDeactivationByAnAdminEndsTheAccountsSessionsAndSignIns() {
        Account account = accounts.register();
        me(account.accessToken()).then().statusCode(200);

        Contract.request().auth().oauth2(accounts.adminToken())
                .delete("/api/admin/users/{id}", account.id()).then().statusCode(204);

        assertRevoked(account.accessToken());
        refreshRefused(account.refreshToken());
        Contract.request().contentType(ContentType.JSON)
                .body(Map.of("email", account.email(), "password", account.password()))
                .post("/api/auth/login").then().statusCode(401).body("error", equalTo("invalid_credentials"));
        Contract.request().auth().oauth2(accounts.adminToken())
                .delete("/api/admin/users/{id}", account.id()).then().statusCode(404)
                .body("error", equalTo("user_not_found"));
    }

    @Test
    void anAdminCannotDeactivateTheirOwnAccount() {
        Account admin = accounts.withRole("admin");

        Contract.request().auth().oauth2(admin.accessToken())
                .delete("/api/admin/users/{id}", admin.id()).then().statusCode(409)
                .body("error", equalTo("cannot_deactivate_own_account"));
        me(admin.accessToken()).then().statusCode(200);
    }

    @Test
    void deactivatingNeedsTheUsersPermission() {
        Account account = accounts.register();
        Account manager = accounts.withRole("order_manager");

        Contract.request().auth().oauth2(manager.accessToken())
                .delete("/api/admin/users/{id}", account.id()).then().statusCode(403);
        me(account.accessToken()).then().statusCode(200);
    }

    @Test
    void aSpentRefreshTokenComingBackEndsItsSessionsAccessTokensToo() {
        Account account = accounts.register();
        Tokens rotated = refresh(account.refreshToken());
        Tokens next = refresh(rotated.refreshToken());
        me(next.accessToken()).then().statusCode(200);

        refreshRefused(account.refreshToken()); // its successor was used already: the token leaked

        assertRevoked(rotated.accessToken());
        assertRevoked(next.accessToken());
    }

    private static Tokens refresh(String refreshToken) {
        var body = Contract.request().contentType(ContentType.JSON).body(Map.of("refreshToken", refreshToken))
                .post("/api/auth/refresh").then().statusCode(200).extract().jsonPath();
        return new Tokens(body.getString("accessToken"), body.getString("refreshToken"));
    }

    private static void refreshRefused(String refreshToken) {
        Contract.request().contentType(ContentType.JSON).body(Map.of("refreshToken", refreshToken))
                .post("/api/auth/refresh").then().statusCode(401).body("error", equalTo("invalid_refresh_token"));
    }

    private static void logout(String refreshToken) {
        Contract.request().contentType(ContentType.JSON).body(Map.of("refreshToken", refreshToken))
                .post("/api/auth/logout").then().statusCode(204);
    }

    private static io.restassured.response.Response me(String accessToken) {
        return Contract.request().auth().oauth2(accessToken).get("/api/users/me");
    }

    private static void assertRevoked(String accessToken) {
        me(accessToken).then().statusCode(401).contentType("application/problem+json")
                .body("error", equalTo("invalid_token"));
    }
}
