package dev.comptoir.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.comptoir.support.Contract;
import dev.comptoir.support.Outbox;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestAccounts.Account;
import dev.comptoir.support.TestMailServer;
import io.restassured.response.Response;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Email change (ADR 0006): confirmed from the new address by the account's own session, the old
 * address told; an address already taken gets the same answer and no link.
 */
@SystemTest
class EmailChangeSystemTests {

    static final String CONFIRM = "Confirm your new email address";
    static final String NOTICE = "A change of your account’s email address was requested";

    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theNewAddressConfirmsTheChangeAndTheOldOneIsTold() {
        Account account = accounts.register();
        String newEmail = TestAccounts.uniqueEmail();

        change(account, newEmail.toUpperCase(), account.password()).then().statusCode(202);
        assertThat(TestMailServer.text(TestMailServer.awaitMessage(account.email(), NOTICE))).contains(newEmail)
                .contains("change your password now");
        MimeMessage link = TestMailServer.awaitMessage(newEmail, CONFIRM);
        assertThat(TestMailServer.text(link)).contains("https://shop.example.com/account/confirm-email?token=");
        // nothing changes until it is confirmed
        me(account).body("email", equalTo(account.email()));

        confirm(account.accessToken(), TestMailServer.token(link)).then().statusCode(200)
                .body("email", equalTo(newEmail)).body("emailVerified", equalTo(true));

        me(account).body("email", equalTo(newEmail));
        accounts.login(newEmail, account.password());
        Contract.request().contentType("application/json")
                .body(Map.of("email", account.email(), "password", account.password())).post("/api/auth/login")
                .then().statusCode(401);
        confirm(account.accessToken(), TestMailServer.token(link)).then().statusCode(400)
                .body("error", equalTo("token_used"));
    }

    @Test
    void anAddressOfAnotherAccountGetsTheSameAnswerAndNoLink() {
        Account account = accounts.register();
        Account other = accounts.register();
        String free = TestAccounts.uniqueEmail();

        Response toFree = change(account, free, account.password());
        Response toTaken = change(account, other.email(), account.password());

        toFree.then().statusCode(202);
        toTaken.then().statusCode(202);
        assertThat(toTaken.asString()).isEqualTo(toFree.asString());
        // the account holder hears of both requests; the other account's address gets no link
        TestMailServer.awaitMessages(account.email(), NOTICE, 2);
        TestMailServer.awaitMessage(free, CONFIRM);
        Outbox.awaitDone(jdbc, Outbox.ACCOUNT_EMAILS, other.email());
        assertThat(TestMailServer.messagesTo(other.email(), CONFIRM)).isEmpty();
    }

    @Test
    void onlyTheAccountThatAskedCanConfirmWithItsLink() {
        Account account = accounts.register();
        Account stranger = accounts.register();
        String newEmail = TestAccounts.uniqueEmail();
        change(account, newEmail, account.password()).then().statusCode(202);
        String token = TestMailServer.token(TestMailServer.awaitMessage(newEmail, CONFIRM));

        // whoever reads the new mailbox cannot move the account without being signed in to it
        confirm(stranger.accessToken(), token).then().statusCode(400).body("error", equalTo("token_invalid"));
        Contract.request().contentType("application/json").body(Map.of("token", token))
                .post("/api/users/me/email/confirm").then().statusCode(401);
        me(stranger).body("email", equalTo(stranger.email()));

        confirm(account.accessToken(), token).then().statusCode(200).body("email", equalTo(newEmail));
    }

    @Test
    void theRequestNeedsThePasswordAndAnotherAddress() {
        Account account = accounts.register();

        change(account, TestAccounts.uniqueEmail(), "not-the-password").then().statusCode(400)
                .contentType("application/problem+json").body("error", equalTo("invalid_current_password"));
        change(account, account.email().toUpperCase(), account.password()).then().statusCode(400)
                .body("error", equalTo("invalid_data")).body("errors[0].field", equalTo("newEmail"));
        Contract.invalidRequest().auth().oauth2(account.accessToken()).contentType("application/json")
                .body(Map.of("newEmail", "nope", "password", account.password())).post("/api/users/me/email")
                .then().statusCode(400).body("errors[0].field", equalTo("newEmail"));
    }

    @Test
    void aNewPasswordCancelsAPendingChange() {
        Account account = accounts.register();
        String newEmail = TestAccounts.uniqueEmail();
        change(account, newEmail, account.password()).then().statusCode(202);
        String token = TestMailServer.token(TestMailServer.awaitMessage(newEmail, CONFIRM));

        Contract.request().auth().oauth2(account.accessToken()).contentType("application/json")
                .body(Map.of("currentPassword", account.password(), "newPassword", "the-new-passphrase"))
                .post("/api/users/me/password").then().statusCode(204);
        String signedIn = accounts.login(account.email(), "the-new-passphrase").accessToken();

        confirm(signedIn, token).then().statusCode(400).body("error", equalTo("token_expired"));
        Contract.request().auth().oauth2(signedIn).get("/api/users/me").then().body("email", equalTo(account.email()));
    }

    @Test
    void anAddressTakenMeanwhileMakesTheConfirmationAConflict() {
        Account account = accounts.register();
        String newEmail = TestAccounts.uniqueEmail();
        change(account, newEmail, account.password()).then().statusCode(202);
        String token = TestMailServer.token(TestMailServer.awaitMessage(newEmail, CONFIRM));
        accounts.register(newEmail, TestAccounts.PASSWORD);

        confirm(account.accessToken(), token).then().statusCode(409).contentType("application/problem+json")
                .body("error", equalTo("email_taken"));
        me(account).body("email", equalTo(account.email()));
    }

    private static Response change(Account account, String newEmail, String password) {
        return Contract.request().auth().oauth2(account.accessToken()).contentType("application/json")
                .body(Map.of("newEmail", newEmail, "password", password)).post("/api/users/me/email");
    }

    private static Response confirm(String accessToken, String token) {
        return Contract.request().auth().oauth2(accessToken).contentType("application/json")
                .body(Map.of("token", token)).post("/api/users/me/email/confirm");
    }

    private static io.restassured.response.ValidatableResponse me(Account account) {
        return Contract.request().auth().oauth2(account.accessToken()).get("/api/users/me").then().statusCode(200);
    }
}
