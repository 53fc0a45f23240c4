package dev.comptoir.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.comptoir.support.Contract;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestAccounts.Account;
import dev.comptoir.support.TestMailServer;
import io.restassured.response.Response;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Password reset by email (ADR 0006): the same answer for any address, a single-use expiring token
 * read from the email, and a new password that ends every session.
 */
@SystemTest
class PasswordResetSystemTests {

    static final String SUBJECT = "Reset your password";
    private static final String NEW_PASSWORD = "a-brand-new-passphrase";

    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLinkInTheEmailSetsANewPasswordAndEndsEverySession() {
        Account account = accounts.register();

        Response asked = requestReset(account.email().toUpperCase());
        asked.then().statusCode(202).body("message", org.hamcrest.Matchers.notNullValue());
        MimeMessage email = TestMailServer.awaitMessage(account.email(), SUBJECT);
        assertThat(TestMailServer.text(email)).contains("Hello Test,")
                .contains("https://shop.example.com/account/reset-password?token=");

        confirm(TestMailServer.token(email), NEW_PASSWORD).then().statusCode(204);

        login(account.email(), account.password()).then().statusCode(401).body("error", equalTo("invalid_credentials"));
        String token = accounts.login(account.email(), NEW_PASSWORD).accessToken();
        AuthSystemTests.refresh(account.refreshToken()).then().statusCode(401)
                .body("error", equalTo("invalid_refresh_token"));
        // following the link proved the address too
        Contract.request().auth().oauth2(token).get("/api/users/me").then().statusCode(200)
                .body("emailVerified", equalTo(true));
    }

    @Test
    void anAddressWithNoAccountGetsTheSameAnswerAndNoLink() {
        Account account = accounts.register();
        String nobody = TestAccounts.uniqueEmail();

        Response known = requestReset(account.email());
        Response unknown = requestReset(nobody);

        known.then().statusCode(202);
        unknown.then().statusCode(202);
        assertThat(unknown.asString()).isEqualTo(known.asString());
        assertThat(unknown.contentType()).isEqualTo(known.contentType());
        // nothing was issued for the unknown address, so no email can follow
        assertThat(jdbc.queryForObject("SELECT count(*) FROM account_tokens WHERE email = ?", Integer.class, nobody))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ?",
                Integer.class, "%" + nobody + "%")).isZero();
    }

    @Test
    void aUsedAnExpiredAndAnUnknownTokenAreEachAClearProblem() {
        Account account = accounts.register();
        requestReset(account.email()).then().statusCode(202);
        String token = TestMailServer.token(TestMailServer.awaitMessage(account.email(), SUBJECT));
        confirm(token, NEW_PASSWORD).then().statusCode(204);

        confirm(token, "yet-another-passphrase").then().statusCode(400)
                .contentType("application/problem+json").body("error", equalTo("token_used"));
        confirm("not-a-token-we-sent", NEW_PASSWORD).then().statusCode(400).body("error", equalTo("token_invalid"));

        requestReset(account.email()).then().statusCode(202);
        String late = TestMailServer.awaitMessages(account.email(), SUBJECT, 2).stream()
                .map(TestMailServer::token).filter(t -> !t.equals(token)).findFirst().orElseThrow();
        jdbc.update("UPDATE account_tokens SET expires_at = now() - interval '1 minute' WHERE user_id = ? "
                + "AND purpose = 'password_reset' AND used_at IS NULL", account.id());
        confirm(late, "yet-another-passphrase").then().statusCode(400).body("error", equalTo("token_expired"));
        accounts.login(account.email(), NEW_PASSWORD);
    }

    @Test
    void aNewLinkMakesThePreviousOneStopWorking() {
        Account account = accounts.register();
        requestReset(account.email()).then().statusCode(202);
        requestReset(account.email()).then().statusCode(202);
        List<String> tokens = TestMailServer.awaitMessages(account.email(), SUBJECT, 2).stream()
                .map(TestMailServer::token).toList();

        // whichever is tried first, only the newer link works
        List<String> answers = new ArrayList<>();
        for (String token : tokens) {
            Response answer = confirm(token, NEW_PASSWORD);
            answers.add(answer.statusCode() == 204 ? "changed" : answer.path("error"));
        }
        assertThat(answers).containsExactlyInAnyOrder("changed", "token_expired");
    }

    @Test
    void twoConcurrentUsesOfOneTokenChangeThePasswordOnce() throws Exception {
        Account account = accounts.register();
        requestReset(account.email()).then().statusCode(202);
        String token = TestMailServer.token(TestMailServer.awaitMessage(account.email(), SUBJECT));

        int racers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Future<Response>> results = new ArrayList<>();
        try {
            for (int i = 0; i < racers; i++) {
                String password = "racing-passphrase-" + i;
                results.add(pool.submit((Callable<Response>) () -> confirm(token, password)));
            }
            List<String> winners = new ArrayList<>();
            int used = 0;
            for (int i = 0; i < racers; i++) {
                Response response = results.get(i).get();
                if (response.statusCode() == 204) {
                    winners.add("racing-passphrase-" + i);
                } else {
                    assertThat(response.statusCode()).isEqualTo(400);
                    assertThat(response.<String>path("error")).isEqualTo("token_used");
                    used++;
                }
            }
            assertThat(winners).hasSize(1);
            assertThat(used).isEqualTo(racers - 1);
            accounts.login(account.email(), winners.get(0));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void pastTheHourlyBudgetTheAnswerIsTheSameAndNoLinkIsIssued() {
        Account account = accounts.register();
        for (int i = 0; i < 6; i++) {
            requestReset(account.email()).then().statusCode(202);
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM account_tokens WHERE user_id = ? AND purpose = 'password_reset'",
                Integer.class, account.id())).isEqualTo(5);
    }

    @Test
    void aNewPasswordMustBeLongEnough() {
        Contract.invalidRequest().contentType("application/json").body(Map.of("token", "anything", "password", "short"))
                .post("/api/auth/password-reset/confirm").then().statusCode(400)
                .body("error", equalTo("invalid_data")).body("errors[0].field", equalTo("password"));
        Contract.invalidRequest().contentType("application/json").body(Map.of("email", "not-an-email"))
                .post("/api/auth/password-reset").then().statusCode(400).body("errors[0].field", equalTo("email"));
    }

    static Response requestReset(String email) {
        return Contract.request().contentType("application/json").body(Map.of("email", email))
                .post("/api/auth/password-reset");
    }

    static Response confirm(String token, String password) {
        return Contract.request().contentType("application/json").body(Map.of("token", token, "password", password))
                .post("/api/auth/password-reset/confirm");
    }

    private static Response login(String email, String password) {
        return Contract.request().contentType("application/json").body(Map.of("email", email, "password", password))
                .post("/api/auth/login");
    }
}
