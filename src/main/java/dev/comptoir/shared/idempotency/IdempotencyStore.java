package dev.comptoir.shared.idempotency;

import dev.comptoir.shared.idempotency.IdempotencyKeys.Claim;
import dev.comptoir.shared.idempotency.IdempotencyKeys.Outcome;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/** The {@code idempotency_keys} table, with plain SQL: each step is one statement. */
@Repository
class IdempotencyStore {

    private final JdbcTemplate jdbc;

    IdempotencyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Claim claim(String scope, String key, String hash, Instant now, Duration abandonedAfter) {
        int inserted = jdbc.update("""
                INSERT INTO idempotency_keys (scope, idem_key, request_hash, status, locked_at)
                VALUES (?, ?, ?, 'in_progress', ?) ON CONFLICT DO NOTHING""", scope, key, hash, Timestamp.from(now));
        if (inserted == 1) {
            return new Claim(Outcome.CLAIMED, hash, null, null);
        }
        // a claim left behind by a crashed request is taken over, and only by one retry
        int takenOver = jdbc.update("""
                UPDATE idempotency_keys SET locked_at = ?, request_hash = ?
                WHERE scope = ? AND idem_key = ? AND status = 'in_progress' AND locked_at < ?""",
                Timestamp.from(now), hash, scope, key, Timestamp.from(now.minus(abandonedAfter)));
        if (takenOver == 1) {
            return new Claim(Outcome.CLAIMED, hash, null, null);
        }
        return jdbc.query("""
                SELECT request_hash, status, response_status, response_body FROM idempotency_keys
                WHERE scope = ? AND idem_key = ?""", rs -> {
            if (!rs.next()) {
                return new Claim(Outcome.IN_PROGRESS, hash, null, null);
            }
            String storedHash = rs.getString("request_hash");
            boolean completed = "completed".equals(rs.getString("status"));
            int status = rs.getInt("response_status");
            return new Claim(completed ? Outcome.REPLAY : Outcome.IN_PROGRESS, storedHash,
                    completed ? status : null, rs.getString("response_body"));
        }, scope, key);
    }

    void complete(String scope, String key, int status, String body) {
        jdbc.update("""
                UPDATE idempotency_keys SET status = 'completed', response_status = ?, response_body = ?
                WHERE scope = ? AND idem_key = ?""", status, body, scope, key);
    }

    void release(String scope, String key) {
        jdbc.update("DELETE FROM idempotency_keys WHERE scope = ? AND idem_key = ? AND status = 'in_progress'",
                scope, key);
    }

    /** Keys are kept 24 hours, like Stripe's. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void purgeExpired() {
        jdbc.update("DELETE FROM idempotency_keys WHERE created_at < ?",
                Timestamp.from(Instant.now().minus(24, ChronoUnit.HOURS)));
    }
}
