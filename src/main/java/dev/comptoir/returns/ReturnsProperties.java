package dev.comptoir.returns;

import dev.comptoir.shared.InvalidConfigurationException;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code comptoir.returns.window} (COMPTOIR_RETURNS_WINDOW, an ISO-8601 or Spring duration such as
 * {@code P30D} or {@code 30d}): how long after its delivery an order can be returned.
 */
@ConfigurationProperties("comptoir.returns")
record ReturnsProperties(@DefaultValue("P30D") Duration window) {

    ReturnsProperties {
        if (window.isNegative()) {
            throw new InvalidConfigurationException("COMPTOIR_RETURNS_WINDOW", "must not be negative (got " + window + ")");
        }
    }
}
