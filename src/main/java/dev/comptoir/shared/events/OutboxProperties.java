package dev.comptoir.shared.events;

import dev.comptoir.shared.InvalidConfigurationException;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox retries (ADR 0004): a failed listener is tried again after {@code backoff}, then
 * twice as long each time up to {@code maxBackoff}, {@code maxAttempts} times in all, and then becomes
 * a staff alert. A run that reported nothing for {@code staleAfter} (the instance died) counts as
 * failed. Completed publications are kept {@code retention}.
 */
@ConfigurationProperties("comptoir.outbox")
public record OutboxProperties(
        @DefaultValue("10s") Duration retryInterval,
        @DefaultValue("30s") Duration backoff,
        @DefaultValue("30m") Duration maxBackoff,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("10m") Duration staleAfter,
        @DefaultValue("7d") Duration retention,
        @DefaultValue("500") int batchSize) {

    public OutboxProperties {
        if (backoff.toMillis() < 1 || maxBackoff.compareTo(backoff) < 0) {
            throw new InvalidConfigurationException("OUTBOX_RETRY_BACKOFF",
                    "must be positive and at most OUTBOX_RETRY_MAX_BACKOFF");
        }
        if (maxAttempts < 1 || maxAttempts > 100) {
            throw new InvalidConfigurationException("OUTBOX_MAX_ATTEMPTS", "must be between 1 and 100");
        }
        if (staleAfter.toSeconds() < 1) {
            throw new InvalidConfigurationException("OUTBOX_STALE_AFTER", "must be at least 1s");
        }
        if (retention.toHours() < 1) {
            throw new InvalidConfigurationException("OUTBOX_RETENTION", "must be at least 1h");
        }
    }

}
