package dev.comptoir.shared.security;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SetArgs;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Revoked session ids in Redis, one key each with the entry's time to live, so that every instance
 * sees a revocation made on any of them. Connects at start and, when Redis is down then, again on a
 * later call (at most every few seconds); while disconnected calls fail at once, otherwise within
 * {@code timeout}.
 */
final class RedisRevocationStore implements AutoCloseable {

    private static final Duration RETRY_CONNECT_EVERY = Duration.ofSeconds(5);

    private final RedisClient client;
    private final String prefix;
    private final ReentrantLock connecting = new ReentrantLock();
    private volatile StatefulRedisConnection<String, String> connection;
    private volatile long nextAttemptNanos = System.nanoTime();

    RedisRevocationStore(RedisURI uri, Duration timeout, String prefix) {
        this.prefix = prefix;
        this.client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder()
                .socketOptions(SocketOptions.builder().connectTimeout(timeout).build())
                .timeoutOptions(TimeoutOptions.enabled(timeout))
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .autoReconnect(true)
                .build());
        try {
            commands();
        } catch (RuntimeException e) {
            // started without Redis: the next calls try again
        }
    }

    void add(List<String> sessionIds, Duration ttl) {
        RedisCommands<String, String> redis = commands();
        SetArgs expiring = SetArgs.Builder.px(ttl.toMillis());
        for (String id : sessionIds) {
            redis.set(prefix + id, "1", expiring);
        }
    }

    boolean contains(String sessionId) {
        return commands().exists(prefix + sessionId) > 0;
    }

    private RedisCommands<String, String> commands() {
        StatefulRedisConnection<String, String> ready = connection;
        if (ready != null) {
            return ready.sync();
        }
        // one caller at a time tries to connect; the others fail at once instead of waiting
        if (System.nanoTime() - nextAttemptNanos < 0 || !connecting.tryLock()) {
            throw new IllegalStateException("Redis is not connected");
        }
        try {
            if (connection == null) {
                try {
                    connection = client.connect();
                } catch (RuntimeException e) {
                    nextAttemptNanos = System.nanoTime() + RETRY_CONNECT_EVERY.toNanos();
                    throw e;
                }
            }
            return connection.sync();
        } finally {
            connecting.unlock();
        }
    }

    @Override
    public void close() {
        StatefulRedisConnection<String, String> open = connection;
        if (open != null) {
            open.close();
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}
