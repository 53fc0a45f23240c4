package dev.comptoir.integrations.webhooks;

import dev.comptoir.shared.InvalidConfigurationException;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.lang.Nullable;

/**
 * How merchant webhooks are delivered (ADR 0013): each request times out after {@code timeout}; a
 * failed attempt is tried again after the next delay of {@code retrySchedule} (ten attempts over
 * about 24 h by default), then the delivery fails and its endpoint is disabled. Due deliveries are
 * looked for every {@code pollInterval}; an endpoint gets at most {@code maxInFlightPerEndpoint}
 * requests at once. {@code allowPrivate} lets endpoints resolve to private addresses (tests, a
 * receiver on the same network). {@code secretKey} encrypts the signing secrets at rest; deliveries
 * (with their attempts) older than {@code retention} are purged.
 */
@ConfigurationProperties("comptoir.webhooks")
public record WebhookProperties(
        @DefaultValue("false") boolean allowPrivate,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue({"5s", "1m", "5m", "30m", "1h", "2h", "4h", "8h", "8h"}) List<Duration> retrySchedule,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("4") int maxInFlightPerEndpoint,
        @Nullable String secretKey,
        @DefaultValue("30d") Duration retention) {

    public WebhookProperties {
        if (timeout.toMillis() < 100 || timeout.toMinutes() > 5) {
            throw new InvalidConfigurationException("WEBHOOKS_TIMEOUT", "must be between 100ms and 5m");
        }
        if (retrySchedule.size() > 30 || retrySchedule.stream().anyMatch(d -> d.isNegative() || d.toDays() > 7)) {
            throw new InvalidConfigurationException("WEBHOOKS_RETRY_SCHEDULE",
                    "must list at most 30 delays of at most 7d each");
        }
        if (maxInFlightPerEndpoint < 1 || maxInFlightPerEndpoint > 100) {
            throw new InvalidConfigurationException("WEBHOOKS_MAX_IN_FLIGHT_PER_ENDPOINT", "must be between 1 and 100");
        }
        retrySchedule = List.copyOf(retrySchedule);
    }

    /** The delay before the attempt after {@code attempts} failed ones, or null when none is left. */
    Duration delayAfter(int attempts) {
        return attempts >= 1 && attempts <= retrySchedule.size() ? retrySchedule.get(attempts - 1) : null;
    }
}
