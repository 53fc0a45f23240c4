package dev.comptoir.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import dev.comptoir.shared.Hashes;
import dev.comptoir.support.Contract;
import dev.comptoir.support.Outbox;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestAccounts.Account;
import dev.comptoir.support.TestMailServer;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.OffsetDateTime;
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
 * Per-account sign-in protection: wrong passwords for one email, from anywhere, lock its sign-in for a
 * while that grows with every further failure; the holder is emailed once per lock; the right password
 * works again once the lock is over. The test profile locks for 2 s, doubling up to 8 s.
 */
@SystemTest
class LoginLockSystemTests {

    private static final String LOCK_EMAILS = Outbox.listener("notifications", "SignInLockEmails");
    private static final String LOCK_SUBJECT = "Sign-in to your account is paused after failed attempts";

    @Autowired
    TestAccounts accounts;

    @Autowired
    LoginLockProperties policy;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void afterTheThresholdEvenTheRightPasswordIsRefusedWhileLocked() {
        Account account = accounts.register();
        failUntilLocked(account.email());

        Response refused = login(account.email(), account.password());

        refused.then().statusCode(429).contentType("application/problem+json")
                .body("error", equalTo("too_many_failed_logins"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, policy.duration().toSeconds());
        assertThat(refused.jsonPath().getLong("retryAfter")).isEqualTo(retryAfter);
    }

    @Test
    void theRightPasswordWorksOnceTheLockIsOverAndASuccessForgetsTheFailures() {
        Account account = accounts.register();
        failUntilLocked(account.email());

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> login(account.email(), account.password()).statusCode() == 200);

        // counted from zero again: one short of the threshold does not lock, and the password works
        for (int i = 1; i < policy.threshold(); i++) {
            login(account.email(), "wrong-password-" + i).then().statusCode(401);
        }
        login(account.email(), account.password()).then().statusCode(200);
        assertThat(failuresOf(account.email())).isEmpty();
    }

    @Test
    void eachFailureAfterALockLocksAgainForTwiceAsLong() {
        Account account = accounts.register();
        failUntilLocked(account.email());
        assertThat(lockLength(account.email())).isEqualTo(policy.duration());

        awaitUnlocked(account.email());
        login(account.email(), "wrong-again").then().statusCode(401);

        assertThat(lockLength(account.email())).isEqualTo(policy.duration().multipliedBy(2));
        assertThat(policy.lockAfter(policy.threshold() + 10)).isEqualTo(policy.maxDuration());
    }

    @Test
    void theHolderIsEmailedOncePerLockNotPerAttempt() throws Exception {
        Account account = accounts.register();
        failUntilLocked(account.email());
        for (int i = 0; i < 3; i++) {
            login(account.email(), "while-locked-" + i).then().statusCode(429);
        }
        Outbox.awaitDone(jdbc, LOCK_EMAILS, account.id().toString());

        // the account's other email is its registration's verification link
        List<MimeMessage> first = TestMailServer.messagesTo(account.email(), LOCK_SUBJECT);
        assertThat(first).hasSize(1);
        assertThat(subject(first.get(0))).isEqualTo(LOCK_SUBJECT);
        assertThat(body(first.get(0))).contains(policy.threshold() + " times in a row");

        awaitUnlocked(account.email());
        login(account.email(), "wrong-again").then().statusCode(401); // a second lock: a second email
        await().atMost(Duration.ofSeconds(60))
                .until(() -> TestMailServer.messagesTo(account.email(), LOCK_SUBJECT).size() == 2);
        Outbox.awaitDone(jdbc, LOCK_EMAILS, account.id().toString());
        assertThat(TestMailServer.messagesTo(account.email(), LOCK_SUBJECT)).hasSize(2);
    }

    @Test
    void anUnknownEmailIsCountedAndLockedTheSameWayAndNobodyIsEmailed() {
        String unknown = TestAccounts.uniqueEmail();
        for (int i = 0; i < policy.threshold(); i++) {
            login(unknown, "guess-" + i).then().statusCode(401).body("error", equalTo("invalid_credentials"));
        }

        // the same answer as for an account that exists
        login(unknown, "guess-more").then().statusCode(429).body("error", equalTo("too_many_failed_logins"))
                .body("message", matchesPattern("Too many failed sign-ins for this account; try again in \\d+ seconds"));
        // the lock notice is written with the lock, in its transaction: none exists for an unknown email
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ?",
                Integer.class, "%" + unknown + "%")).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM login_failures WHERE email_hash = ?", Integer.class,
                Hashes.sha256Hex(unknown))).isEqualTo(1);
    }

    @Test
    void theLockIsPerAccountAndLeavesOtherAccountsAlone() {
        Account locked = accounts.register();
        Account other = accounts.register();
        failUntilLocked(locked.email());

        login(locked.email().toUpperCase(), locked.password()).then().statusCode(429);
        login(other.email(), other.password()).then().statusCode(200);
    }

    @Test
    void concurrentGuessesAreAllCountedAndLockOnceWithOneEmail() throws Exception {
        Account account = accounts.register();
        int guesses = 20;
        ExecutorService pool = Executors.newFixedThreadPool(guesses);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < guesses; i++) {
                String guess = "concurrent-guess-" + i;
                answers.add(pool.submit((Callable<Integer>) () -> login(account.email(), guess).statusCode()));
            }
            int checked = 0;
            for (Future<Integer> answer : answers) {
                int status = answer.get();
                assertThat(status).isIn(401, 429);
                checked += status == 401 ? 1 : 0;
            }
            // every guess whose password was checked counts; the lock notice is published once
            assertThat(failuresOf(account.email())).contains(checked);
            assertThat(checked).isGreaterThanOrEqualTo(policy.threshold());
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM event_publication WHERE event_type LIKE '%CustomerSignInLocked'
                  AND serialized_event LIKE ?""", Integer.class, "%" + account.id() + "%")).isEqualTo(1);
        login(account.email(), account.password()).then().statusCode(429);
    }

    private void failUntilLocked(String email) {
        for (int i = 0; i < policy.threshold(); i++) {
            login(email, "wrong-password-" + i).then().statusCode(401).body("error", equalTo("invalid_credentials"));
        }
    }

    private void awaitUnlocked(String email) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> jdbc.queryForObject("SELECT locked_until <= now() FROM login_failures WHERE email_hash = ?",
                        Boolean.class, Hashes.sha256Hex(email)));
    }

    private java.util.Optional<Integer> failuresOf(String email) {
        return jdbc.queryForList("SELECT failures FROM login_failures WHERE email_hash = ?", Integer.class,
                Hashes.sha256Hex(email)).stream().findFirst();
    }

    /** The current lock's length, from the failure that set it. */
    private Duration lockLength(String email) {
        return jdbc.queryForObject("SELECT last_failure_at, locked_until FROM login_failures WHERE email_hash = ?",
                (rs, n) -> Duration.between(rs.getObject(1, OffsetDateTime.class), rs.getObject(2, OffsetDateTime.class)),
                Hashes.sha256Hex(email));
    }

    private static Response login(String email, String password) {
        return Contract.request().contentType(ContentType.JSON).body(Map.of("email", email, "password", password))
                .post("/api/auth/login");
    }

    private static String subject(MimeMessage message) throws Exception {
        return message.getSubject();
    }

    private static String body(MimeMessage message) throws Exception {
        return TestMailServer.text(message);
    }
}
