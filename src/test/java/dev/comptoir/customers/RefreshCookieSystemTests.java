package dev.comptoir.customers;

import static dev.comptoir.support.Contract.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestAccounts.Account;
import io.restassured.http.ContentType;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The browser way of holding a refresh token: an HttpOnly cookie scoped to the auth routes. */
@SystemTest
class RefreshCookieSystemTests {

    private static final String COOKIE = "comptoir_refresh";

    @Autowired
    TestAccounts accounts;

    @Test
    void aLoginThatAsksForTheCookieSetsItHttpOnlySecureStrictAndLeavesTheTokenOutOfTheBody() {
        Account account = accounts.register();

        Response login = loginWithCookie(account);

        login.then().statusCode(200).body("accessToken", notNullValue()).body("$", not(hasKey("refreshToken")));
        Cookie cookie = login.detailedCookie(COOKIE);
        assertThat(cookie.getValue()).isNotBlank();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.isSecured()).isTrue();
        assertThat(cookie.getSameSite()).isEqualTo("Strict");
        assertThat(cookie.getPath()).isEqualTo("/api/auth");
        assertThat(cookie.getMaxAge()).isEqualTo(30L * 24 * 3600);
    }

    @Test
    void aLoginWithoutTheOptInAnswersTheRefreshTokenInTheBodyAndSetsNoCookie() {
        Account account = accounts.register();

        Response login = request().contentType(ContentType.JSON)
                .body(Map.of("email", account.email(), "password", account.password()))
                .post("/api/auth/login");

        login.then().statusCode(200).body("refreshToken", notNullValue());
        assertThat(login.detailedCookie(COOKIE)).isNull();
    }

    @Test
    void refreshingWithNoBodyReadsTheCookieAndRotatesIt() {
        Account account = accounts.register();
        String first = loginWithCookie(account).then().statusCode(200).extract().cookie(COOKIE);

        Response refreshed = request().cookie(COOKIE, first).contentType(ContentType.JSON).post("/api/auth/refresh");

        refreshed.then().statusCode(200).body("tokenType", equalTo("Bearer"))
                .body("$", not(hasKey("refreshToken")));
        String next = refreshed.detailedCookie(COOKIE).getValue();
        assertThat(next).isNotBlank().isNotEqualTo(first);
        request().auth().oauth2(refreshed.path("accessToken")).get("/api/users/me").then().statusCode(200)
                .body("email", equalTo(account.email()));
        request().cookie(COOKIE, next).contentType(ContentType.JSON).post("/api/auth/refresh").then().statusCode(200);
    }

    @Test
    void refreshingWithNeitherBodyNorCookieIsUnauthorized() {
        request().contentType(ContentType.JSON).post("/api/auth/refresh").then().statusCode(401)
                .contentType("application/problem+json")
                .body("error", equalTo("invalid_refresh_token"));
    }

    @Test
    void aBodyTokenStillWinsOverTheCookie() {
        Account account = accounts.register();

        request().cookie(COOKIE, "not-a-token").contentType(ContentType.JSON)
                .body(Map.of("refreshToken", account.refreshToken()))
                .post("/api/auth/refresh")
                .then().statusCode(200).body("refreshToken", notNullValue());
    }

    @Test
    void loggingOutWithTheCookieRevokesItsSessionAndClearsIt() {
        Account account = accounts.register();
        String token = loginWithCookie(account).then().statusCode(200).extract().cookie(COOKIE);

        Response logout = request().cookie(COOKIE, token).contentType(ContentType.JSON).post("/api/auth/logout");

        logout.then().statusCode(204);
        Cookie cleared = logout.detailedCookie(COOKIE);
        assertThat(cleared.getValue()).isEmpty();
        assertThat(cleared.getMaxAge()).isZero();
        assertThat(cleared.getPath()).isEqualTo("/api/auth");
        request().cookie(COOKIE, token).contentType(ContentType.JSON).post("/api/auth/refresh").then().statusCode(401)
                .body("error", equalTo("invalid_refresh_token"));
    }

    private static Response loginWithCookie(Account account) {
        return request().contentType(ContentType.JSON).queryParam("cookie", true)
                .body(Map.of("email", account.email(), "password", account.password()))
                .post("/api/auth/login");
    }
}
