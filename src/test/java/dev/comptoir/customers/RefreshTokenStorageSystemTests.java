package dev.comptoir.customers;

import static dev.comptoir.customers.AuthSystemTests.refresh;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestAccounts.Account;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the refresh_tokens table holds, and what happens when a token's time is up. */
@SystemTest
class RefreshTokenStorageSystemTests {

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RefreshTokenCleanup cleanup;

    @Test
    void onlyTheHashOfAnOpaque256BitTokenIsStored() {
        Account account = accounts.register();

        assertThat(Base64.getUrlDecoder().decode(account.refreshToken())).hasSize(32);
        assertThat(count("token_hash = ?", account.refreshToken())).isZero();
        assertThat(count("token_hash = ?", TokenIssuer.sha256(account.refreshToken()))).isEqualTo(1);
    }

    @Test
    void aSuccessorIsAnOpaque256BitTokenTooLinkedToItsParentByIdNotByValue() {
        Account account = accounts.register();
        String successor = refresh(account.refreshToken()).then().statusCode(200).extract().path("refreshToken");

        assertThat(Base64.getUrlDecoder().decode(successor)).hasSize(32);
        assertThat(count("token_hash = ?", successor)).isZero();
        String successorId = jdbc.queryForObject("SELECT id::text FROM refresh_tokens WHERE token_hash = ?",
                String.class, TokenIssuer.sha256(successor));
        assertThat(jdbc.queryForObject("SELECT successor_id::text FROM refresh_tokens WHERE token_hash = ?",
                String.class, TokenIssuer.sha256(account.refreshToken()))).isEqualTo(successorId);
    }

    @Test
    void anExpiredRefreshTokenIsRefused() {
        Account account = accounts.register();
        expire(account.refreshToken(), "1 minute");

        refresh(account.refreshToken()).then().statusCode(401).body("error", equalTo("invalid_refresh_token"));
    }

    @Test
    void theCleanupDeletesTokensExpiredForMoreThanADay() {
        Account old = accounts.register();
        Account recent = accounts.register();
        expire(old.refreshToken(), "2 days");
        expire(recent.refreshToken(), "1 hour");

        cleanup.deleteExpired();

        assertThat(count("token_hash = ?", TokenIssuer.sha256(old.refreshToken()))).isZero();
        assertThat(count("token_hash = ?", TokenIssuer.sha256(recent.refreshToken()))).isEqualTo(1);
    }

    private void expire(String token, String ago) {
        jdbc.update("UPDATE refresh_tokens SET expires_at = now() - CAST(? AS interval) WHERE token_hash = ?", ago,
                TokenIssuer.sha256(token));
    }

    private int count(String where, Object arg) {
        return jdbc.queryForObject("SELECT count(*) FROM refresh_tokens WHERE " + where, Integer.class, arg);
    }
}
