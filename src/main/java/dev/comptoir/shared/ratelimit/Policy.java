package dev.comptoir.shared.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;

/**
 * One budget: a group's limit for one kind of client. The bucket holds {@code limit} tokens and gets all
 * of them back at once every {@code window} (a fixed window per client, starting at its first request).
 * The key names the limit and window, so that changing them starts fresh buckets instead of reusing
 * buckets shaped by the old values.
 */
record Policy(String group, Kind kind, long limit, Duration window, BucketConfiguration configuration) {

    enum Kind {
        /** Keyed by client IP. */
        ANONYMOUS("ip"),
        /** Keyed by the user id of the verified access token. */
        AUTHENTICATED("user"),
        /** Keyed by the id of a publishable API key. */
        API_KEY("key");

        final String keyPart;

        Kind(String keyPart) {
            this.keyPart = keyPart;
        }
    }

    static Policy of(String group, Kind kind, RateLimitProperties.Limit limit) {
        long tokens = limit.limit();
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(b -> b.capacity(tokens).refillIntervally(tokens, limit.window()))
                .build();
        return new Policy(group, kind, tokens, limit.window(), configuration);
    }

    String key(String prefix, String client) {
        return prefix + group + ":" + kind.keyPart + ":" + limit + "/" + window.toSeconds() + "s:" + client;
    }
}
