package dev.comptoir.shared.ratelimit;

import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buckets in Redis (compare-and-swap through Lettuce), so that every instance draws on one budget.
 * A key lives until its bucket would be full again, plus a margin. The connection is opened at start
 * and, if Redis is down then, again on a later request (at most every few seconds): the application
 * starts without Redis, and callers treat a failure here as "no limit" (see {@link RateLimiter}).
 * Commands fail at once while disconnected, and within {@code timeout} otherwise.
 */
final class RedisBucketStore implements BucketStore {

    private static final Logger log = LoggerFactory.getLogger(RedisBucketStore.class);
    private static final Duration KEEP_AFTER_REFILL = Duration.ofSeconds(10);
    private static final Duration RETRY_CONNECT_EVERY = Duration.ofSeconds(5);

    private final RedisClient client;
    private final Duration timeout;
    private final String where;
    private final ReentrantLock connecting = new ReentrantLock();
    private volatile StatefulRedisConnection<byte[], byte[]> connection;
    private volatile ProxyManager<byte[]> buckets;
    private volatile long nextAttemptNanos = System.nanoTime();

    RedisBucketStore(RedisURI uri, Duration timeout) {
        this.timeout = timeout;
        this.where = uri.getSocket() != null ? uri.getSocket() : uri.getHost() + ":" + uri.getPort();
        this.client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder()
                .socketOptions(SocketOptions.builder().connectTimeout(timeout).build())
                .timeoutOptions(TimeoutOptions.enabled(timeout))
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .autoReconnect(true)
                .build());
        try {
            connect();
            log.info("Rate limits are shared through Redis at {}", where);
        } catch (RuntimeException e) {
            log.warn("Redis at {} is unreachable ({}); rate limits are not enforced until it answers", where,
                    e.getMessage());
        }
    }

    @Override
    public ConsumptionProbe tryConsume(String key, Policy policy) {
        return buckets().getProxy(key.getBytes(StandardCharsets.UTF_8), policy::configuration)
                .tryConsumeAndReturnRemaining(1);
    }

    private ProxyManager<byte[]> buckets() {
        ProxyManager<byte[]> ready = buckets;
        if (ready != null) {
            return ready;
        }
        // One request at a time tries to connect; the others do not wait for it.
        if (System.nanoTime() - nextAttemptNanos < 0 || !connecting.tryLock()) {
            throw new IllegalStateException("Redis at " + where + " is not connected");
        }
        try {
            return buckets != null ? buckets : connect();
        } finally {
            connecting.unlock();
        }
    }

    private ProxyManager<byte[]> connect() {
        try {
            connection = client.connect(ByteArrayCodec.INSTANCE);
        } catch (RuntimeException e) {
            nextAttemptNanos = System.nanoTime() + RETRY_CONNECT_EVERY.toNanos();
            throw e;
        }
        buckets = Bucket4jLettuce.casBasedBuilder(connection)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_AFTER_REFILL))
                .requestTimeout(timeout)
                .build();
        return buckets;
    }

    @Override
    public void close() {
        StatefulRedisConnection<byte[], byte[]> open = connection;
        if (open != null) {
            open.close();
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}
