package dev.comptoir.shared.ratelimit;

import dev.comptoir.shared.InvalidConfigurationException;
import io.lettuce.core.RedisURI;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Redis ({@code REDIS_URL}, e.g. {@code redis://127.0.0.1:6379}); unset means "no Redis" and rate limits
 * are kept in memory. {@code timeout} bounds every call, so a slow Redis cannot hold requests for long.
 * Named so as not to clash with Spring Boot's own {@code RedisProperties}.
 */
@ConfigurationProperties("comptoir.redis")
public record RedisSettings(String url, @DefaultValue("1s") Duration timeout) {

    private static final Set<String> SCHEMES = Set.of("redis", "rediss", "redis-socket", "redis-sentinel");

    public RedisSettings {
        url = url == null ? "" : url.trim();
        if (!url.isEmpty()) {
            parse(url);
        }
        if (timeout.compareTo(Duration.ofMillis(50)) < 0) {
            throw new InvalidConfigurationException("comptoir.redis.timeout", "must be at least 50ms");
        }
    }

    public boolean configured() {
        return !url.isEmpty();
    }

    public Optional<RedisURI> uri() {
        if (!configured()) {
            return Optional.empty();
        }
        RedisURI uri = parse(url);
        uri.setTimeout(timeout);
        return Optional.of(uri);
    }

    // The message never repeats the URL: it may carry a password.
    private static RedisURI parse(String url) {
        int colon = url.indexOf("://");
        String scheme = colon < 0 ? "" : url.substring(0, colon).toLowerCase();
        if (!SCHEMES.contains(scheme)) {
            throw invalid();
        }
        try {
            RedisURI uri = RedisURI.create(url);
            if (!scheme.equals("redis-socket") && !scheme.equals("redis-sentinel")
                    && (uri.getHost() == null || uri.getHost().isBlank())) {
                throw invalid();
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static InvalidConfigurationException invalid() {
        return new InvalidConfigurationException("REDIS_URL",
                "is not a Redis URL like redis://host:6379 (or rediss://user:password@host:6379/0)");
    }
}
