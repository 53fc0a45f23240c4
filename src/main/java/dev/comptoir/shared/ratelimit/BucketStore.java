package dev.comptoir.shared.ratelimit;

import io.github.bucket4j.ConsumptionProbe;

/** Where buckets live: this process's memory, or Redis so that instances share one budget. */
interface BucketStore extends AutoCloseable {

    /** Takes one token from the bucket under {@code key}, creating it full from {@code policy} if absent. */
    ConsumptionProbe tryConsume(String key, Policy policy);

    @Override
    default void close() {}
}
