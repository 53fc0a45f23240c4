package dev.comptoir.shared.idempotency;

import dev.comptoir.shared.idempotency.IdempotencyKeys.Claim;
import dev.comptoir.shared.idempotency.IdempotencyKeys.Outcome;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * The {@code idempotency_keys} table, with plain SQL: each step is one statement. A claim's
 * {@code claim_token} fences it: only the holder of the current token may complete or release it.
 */
@Repository
class IdempotencyStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    IdempotencyStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Claim claim(String scope, String key, String hash, UUID token, Instant now, Duration takeoverAfter) {
        int inserted = jdbc.update("""
                INSERT INTO idempotency_keys (scope, idem_key, request_hash, status, locked_at, claim_token)
                VALUES (?, ?, ?, 'in_progress', ?, ?) ON CONFLICT DO NOTHING""", scope, key, hash,
                Timestamp.from(now), token);
        if (inserted == 1) {
            return new Claim(Outcome.CLAIMED, hash, token, null, null);
        }
        // a claim left behind by a crashed request is taken over, and only by one retry, with a new token
        int takenOver = jdbc.update("""
                UPDATE idempotency_keys SET locked_at = ?, claim_token = ?
                WHERE scope = ? AND idem_key = ? AND status = 'in_progress' AND request_hash = ? AND locked_at < ?""",
                Timestamp.from(now), token, scope, key, hash, Timestamp.from(now.minus(takeoverAfter)));
        if (takenOver == 1) {
            return new Claim(Outcome.CLAIMED, hash, token, null, null);
        }
        return jdbc.query("""
                SELECT request_hash, status, response_status, response_body FROM idempotency_keys
                WHERE scope = ? AND idem_key = ?""", rs -> {
            if (!rs.next()) {
                return new Claim(Outcome.IN_PROGRESS, hash, null, null, null); // released meanwhile: retry
            }
            boolean completed = "completed".equals(rs.getString("status"));
            return new Claim(completed ? Outcome.REPLAY : Outcome.IN_PROGRESS, rs.getString("request_hash"), null,
                    completed ? rs.getInt("response_status") : null, rs.getString("response_body"));
        }, scope, key);
    }

    /** False when the claim is no longer this token's (it was taken over). */
    boolean complete(String scope, String key, UUID token, int status, String body) {
        return jdbc.update("""
                UPDATE idempotency_keys SET status = 'completed', response_status = ?, response_body = ?
                WHERE scope = ? AND idem_key = ? AND claim_token = ? AND status = 'in_progress'""",
                status, body, scope, key, token) == 1;
    }

    void release(String scope, String key, UUID token) {
        jdbc.update("DELETE FROM idempotency_keys WHERE scope = ? AND idem_key = ? AND claim_token = ? "
                + "AND status = 'in_progress'", scope, key, token);
    }

    /** Keys are kept 24 hours, like Stripe's. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void purgeExpired() {
        jdbc.update("DELETE FROM idempotency_keys WHERE created_at < ?",
                Timestamp.from(clock.instant().minus(24, ChronoUnit.HOURS)));
    }
}
