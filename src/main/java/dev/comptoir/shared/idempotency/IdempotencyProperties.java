package dev.comptoir.shared.idempotency;

import dev.comptoir.shared.InvalidConfigurationException;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A claim whose request shows no sign of life for {@code takeoverAfter} (a crashed instance) may be
 * taken over by a retry; the work behind a key must therefore finish within {@code workTimeout},
 * which is shorter (its transaction times out and rolls back otherwise).
 */
@ConfigurationProperties("comptoir.idempotency")
record IdempotencyProperties(@DefaultValue("2m") Duration takeoverAfter, @DefaultValue("60s") Duration workTimeout) {

    IdempotencyProperties {
        if (workTimeout.toSeconds() < 1 || workTimeout.compareTo(takeoverAfter) >= 0) {
            throw new InvalidConfigurationException("comptoir.idempotency.work-timeout",
                    "must be at least 1s and shorter than comptoir.idempotency.takeover-after");
        }
    }
}
