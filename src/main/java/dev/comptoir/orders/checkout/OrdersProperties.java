package dev.comptoir.orders.checkout;

import dev.comptoir.shared.InvalidConfigurationException;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code comptoir.orders.payment-timeout} (PAYMENT_TIMEOUT): how long an unpaid order holds its stock
 * before it is cancelled; {@code number-prefix}: the start of human-friendly order numbers;
 * {@code max-unpaid-per-customer}, {@code -per-email}, {@code -per-client}: how many unpaid orders one
 * account, one email and one client address may hold at once (0: no cap).
 */
@ConfigurationProperties("comptoir.orders")
record OrdersProperties(@DefaultValue("15m") Duration paymentTimeout, @DefaultValue("CO") String numberPrefix,
        @DefaultValue("60s") Duration expiryCheckInterval, @DefaultValue("3") int maxUnpaidPerCustomer,
        @DefaultValue("3") int maxUnpaidPerEmail, @DefaultValue("5") int maxUnpaidPerClient) {

    OrdersProperties {
        if (paymentTimeout.toSeconds() < 1) {
            throw new InvalidConfigurationException("comptoir.orders.payment-timeout", "must be at least 1s");
        }
        for (int cap : new int[] {maxUnpaidPerCustomer, maxUnpaidPerEmail, maxUnpaidPerClient}) {
            if (cap < 0 || cap > 10_000) {
                throw new InvalidConfigurationException("MAX_UNPAID_ORDERS_PER_CUSTOMER / _PER_EMAIL / _PER_CLIENT",
                        "must be between 0 (no cap) and 10000 (got " + cap + ")");
            }
        }
        if (!numberPrefix.matches("[A-Z0-9]{1,8}")) {
            throw new InvalidConfigurationException("comptoir.orders.number-prefix",
                    "must be 1 to 8 upper-case letters or digits");
        }
    }
}
