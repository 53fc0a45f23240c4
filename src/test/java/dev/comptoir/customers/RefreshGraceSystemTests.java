package dev.comptoir.customers;

import static dev.comptoir.customers.AuthSystemTests.logout;
import static dev.comptoir.customers.AuthSystemTests.refresh;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestAccounts.Account;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The grace window (30 s by default): a token presented again shortly after its rotation — a second
 * tab, a retried request — gets the successor already issued instead of revoking the session.
 */
@SystemTest
class RefreshGraceSystemTests {

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void presentingARotatedTokenAgainWithinTheWindowAnswersTheSameSuccessorAndAFreshAccessToken() {
        Account account = accounts.register();
        Response first = refresh(account.refreshToken());
        String successor = first.then().statusCode(200).extract().path("refreshToken");

        Response again = refresh(account.refreshToken());

        again.then().statusCode(200).body("refreshToken", equalTo(successor)).body("tokenType", equalTo("Bearer"));
        String accessToken = again.path("accessToken");
        assertThat(accessToken).isNotEqualTo(first.path("accessToken"));
        given().auth().oauth2(accessToken).get("/api/users/me").then().statusCode(200);
        refresh(successor).then().statusCode(200);
    }

    @Test
    void aRotationTwentySecondsAgoIsStillWithinTheWindow() {
        Account account = accounts.register();
        String successor = refresh(account.refreshToken()).then().statusCode(200).extract().path("refreshToken");
        rotatedAgo(account.refreshToken(), "20 seconds");

        refresh(account.refreshToken()).then().statusCode(200).body("refreshToken", equalTo(successor));
    }

    @Test
    void aReuseWithinTheWindowAfterTheSuccessorWasRotatedRevokesTheFamily() {
        Account account = accounts.register();
        String second = refresh(account.refreshToken()).then().statusCode(200).extract().path("refreshToken");
        String third = refresh(second).then().statusCode(200).extract().path("refreshToken");

        refresh(account.refreshToken()).then().statusCode(401)
                .contentType("application/problem+json")
                .body("error", equalTo("invalid_refresh_token"));

        refresh(third).then().statusCode(401).body("error", equalTo("invalid_refresh_token"));
    }

    @Test
    void aReuseWithinTheWindowAfterLogoutIsRefused() {
        Account account = accounts.register();
        String successor = refresh(account.refreshToken()).then().statusCode(200).extract().path("refreshToken");
        logout(successor).then().statusCode(204);

        refresh(account.refreshToken()).then().statusCode(401).body("error", equalTo("invalid_refresh_token"));
        refresh(successor).then().statusCode(401).body("error", equalTo("invalid_refresh_token"));
    }

    @Test
    void aReuseWithinTheWindowOfADeletedAccountIsRefused() {
        Account account = accounts.register();
        String successor = refresh(account.refreshToken()).then().statusCode(200).extract().path("refreshToken");
        given().auth().oauth2(account.accessToken()).delete("/api/users/me").then().statusCode(204);

        refresh(account.refreshToken()).then().statusCode(401).body("error", equalTo("invalid_refresh_token"));
        refresh(successor).then().statusCode(401).body("error", equalTo("invalid_refresh_token"));
    }

    /** Moves the token's rotation back in time, as if it had been rotated {@code ago}. */
    private void rotatedAgo(String refreshToken, String ago) {
        jdbc.update("UPDATE refresh_tokens SET used_at = used_at - CAST(? AS interval) WHERE token_hash = ?", ago,
                TokenIssuer.sha256(refreshToken));
    }
}
