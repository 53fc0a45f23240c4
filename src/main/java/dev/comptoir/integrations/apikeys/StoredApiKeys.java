package dev.comptoir.integrations.apikeys;

import static dev.comptoir.shared.db.Columns.instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.comptoir.shared.Hashes;
import dev.comptoir.shared.security.ApiKey;
import dev.comptoir.shared.security.ApiKeyDirectory;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The keys of tokens, for shared security. A secret key is read from the database on every request, so
 * that a revocation holds at once on every instance. A publishable key sits on a storefront's hot path
 * (the catalog's cached answers) and grants nothing: it is remembered for {@value #REMEMBER_SECONDS}
 * seconds, forgotten at once on this instance when keys change (expiry is checked on every use).
 * {@code last_used_at} is written at most once a minute per key, whatever the number of instances.
 */
@Component
class StoredApiKeys implements ApiKeyDirectory {

    static final int REMEMBER_SECONDS = 10;
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Cache<String, Optional<Stored>> publishable = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(REMEMBER_SECONDS)).maximumSize(10_000).build();

    StoredApiKeys(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A stored key with when its use was last written. */
    private static final class Stored {
        final ApiKey key;
        final @Nullable Instant expiresAt;
        final boolean revoked;
        volatile @Nullable Instant lastUsedAt;

        Stored(ApiKey key, @Nullable Instant expiresAt, boolean revoked, @Nullable Instant lastUsedAt) {
            this.key = key;
            this.expiresAt = expiresAt;
            this.revoked = revoked;
            this.lastUsedAt = lastUsedAt;
        }
    }

    @Override
    public Optional<ApiKey> find(String token) {
        String hash = Hashes.sha256Hex(token);
        Optional<Stored> found = token.startsWith("pk_") ? publishable.get(hash, this::load) : load(hash);
        Instant now = clock.instant();
        if (found.isEmpty() || found.get().revoked
                || found.get().expiresAt != null && !found.get().expiresAt.isAfter(now)) {
            return Optional.empty();
        }
        touch(found.get(), now);
        return Optional.of(found.get().key);
    }

    /** Once the current transaction commits, remembered keys are read again. */
    void forgetAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    publishable.invalidateAll();
                }
            });
        } else {
            publishable.invalidateAll();
        }
    }

    private void touch(Stored stored, Instant now) {
        Instant last = stored.lastUsedAt;
        if (last != null && last.plus(TOUCH_EVERY).isAfter(now)) {
            return;
        }
        stored.lastUsedAt = now;
        // the condition keeps it to one write a minute when several instances see the key at once
        jdbc.update("UPDATE api_keys SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at <= ?)",
                Timestamp.from(now), stored.key.id(), Timestamp.from(now.minus(TOUCH_EVERY)));
    }

    private Optional<Stored> load(String hash) {
        return jdbc.query("SELECT id, kind, permissions, market, rate_limit, expires_at, revoked_at, last_used_at "
                + "FROM api_keys WHERE token_hash = ?", StoredApiKeys::stored, hash).stream().findFirst();
    }

    private static Stored stored(ResultSet rs, int n) throws SQLException {
        Array permissions = rs.getArray("permissions");
        long rateLimit = rs.getLong("rate_limit");
        Long limit = rs.wasNull() ? null : rateLimit;
        ApiKey key = new ApiKey(rs.getObject("id", UUID.class), ApiKeyKind.of(rs.getString("kind")).shared(),
                Set.of((String[]) permissions.getArray()), rs.getString("market"), limit);
        return new Stored(key, instant(rs, "expires_at"), rs.getTimestamp("revoked_at") != null,
                instant(rs, "last_used_at"));
    }
}
