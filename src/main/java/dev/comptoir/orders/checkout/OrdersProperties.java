package dev.comptoir.orders.checkout;

import dev.comptoir.shared.InvalidConfigurationException;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code comptoir.orders.payment-timeout}: how long an unpaid order holds its stock before it is
 * cancelled; {@code number-prefix}: the start of human-friendly order numbers.
 */
@ConfigurationProperties("comptoir.orders")
record OrdersProperties(@DefaultValue("30m") Duration paymentTimeout, @DefaultValue("CO") String numberPrefix,
        @DefaultValue("60s") Duration expiryCheckInterval) {

    OrdersProperties {
        if (paymentTimeout.toSeconds() < 1) {
            throw new InvalidConfigurationException("comptoir.orders.payment-timeout", "must be at least 1s");
        }
        if (!numberPrefix.matches("[A-Z0-9]{1,8}")) {
            throw new InvalidConfigurationException("comptoir.orders.number-prefix",
                    "must be 1 to 8 upper-case letters or digits");
        }
    }
}
