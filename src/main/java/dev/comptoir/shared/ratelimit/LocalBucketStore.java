package dev.comptoir.shared.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Buckets in this process's memory, bounded: an entry goes once its window has passed without a request
 * (by then the bucket would be full again, so forgetting it changes nothing), and the least used go
 * first past {@code maxEntries}.
 */
final class LocalBucketStore implements BucketStore {

    private final Cache<String, Held> buckets;

    LocalBucketStore(long maxEntries) {
        this.buckets = Caffeine.newBuilder().maximumSize(maxEntries).expireAfter(new WindowExpiry()).build();
    }

    @Override
    public ConsumptionProbe tryConsume(String key, Policy policy) {
        Held held = buckets.get(key, k -> new Held(
                Bucket.builder().addLimit(policy.configuration().getBandwidths()[0]).build(),
                policy.window().toNanos()));
        return held.bucket().tryConsumeAndReturnRemaining(1);
    }

    long size() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private record Held(Bucket bucket, long windowNanos) {}

    private static final class WindowExpiry implements Expiry<String, Held> {
        @Override
        public long expireAfterCreate(String key, Held value, long currentTime) {
            return value.windowNanos();
        }

        @Override
        public long expireAfterUpdate(String key, Held value, long currentTime, long currentDuration) {
            return value.windowNanos();
        }

        @Override
        public long expireAfterRead(String key, Held value, long currentTime, long currentDuration) {
            return value.windowNanos();
        }
    }
}
