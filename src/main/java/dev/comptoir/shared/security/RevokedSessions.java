package dev.comptoir.shared.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The revocation set: this instance's own revocations in memory (always), and everyone's in Redis
 * when it is configured. An entry lives as long as an access token issued just before it could still
 * be accepted (its lifetime plus the decoder's clock skew), then goes by itself. Redis failing is
 * logged and counted; the local set still holds what this instance revoked.
 */
final class RevokedSessions implements SessionRevocations, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RevokedSessions.class);
    /** JwtValidators' default: a token is accepted up to a minute past its expiry. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);
    private static final Duration WARN_EVERY = Duration.ofSeconds(30);

    private final Cache<String, Boolean> local;
    private final Optional<RedisRevocationStore> shared;
    private final Duration keep;
    private volatile long nextWarningNanos = System.nanoTime();

    RevokedSessions(Duration accessTokenTtl, Optional<RedisRevocationStore> shared) {
        this.keep = accessTokenTtl.plus(CLOCK_SKEW);
        this.local = Caffeine.newBuilder().expireAfterWrite(keep).maximumSize(200_000).build();
        this.shared = shared;
    }

    @Override
    public void revoke(Collection<UUID> sessionIds) {
        List<String> ids = sessionIds.stream().map(UUID::toString).distinct().toList();
        if (ids.isEmpty()) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    store(ids);
                }
            });
        } else {
            store(ids);
        }
    }

    private void store(List<String> ids) {
        ids.forEach(id -> local.put(id, Boolean.TRUE));
        shared.ifPresent(redis -> {
            try {
                redis.add(ids, keep);
            } catch (RuntimeException e) {
                log.warn("Could not share the revocation of {} session(s) through Redis ({}): other instances "
                        + "accept their access tokens until they expire", ids.size(), e.getMessage());
            }
        });
    }

    @Override
    public boolean isRevoked(String sessionId) {
        if (local.getIfPresent(sessionId) != null) {
            return true;
        }
        if (shared.isEmpty()) {
            return false;
        }
        try {
            return shared.get().contains(sessionId);
        } catch (RuntimeException e) {
            // fail open like the rate limits: Redis down must not sign every customer out
            if (System.nanoTime() - nextWarningNanos >= 0) {
                nextWarningNanos = System.nanoTime() + WARN_EVERY.toNanos();
                log.warn("Could not check session revocations in Redis ({}); until it answers, only this "
                        + "instance's revocations are enforced", e.getMessage());
            }
            return false;
        }
    }

    @Override
    public void close() {
        shared.ifPresent(RedisRevocationStore::close);
    }
}
