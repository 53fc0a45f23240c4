package dev.comptoir.customers;

import dev.comptoir.shared.InvalidConfigurationException;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-account sign-in protection ({@code comptoir.auth.login-lock}): after {@code threshold} failed
 * logins in a row for one email, from any client (LOGIN_LOCK_THRESHOLD), sign-in for it is refused for
 * {@code duration} (LOGIN_LOCK_DURATION), doubled by every further failure up to {@code max-duration}
 * (LOGIN_LOCK_MAX_DURATION). Failures older than {@code reset-after} (LOGIN_LOCK_RESET_AFTER) are
 * forgotten; a successful login forgets them at once.
 */
@ConfigurationProperties("comptoir.auth.login-lock")
record LoginLockProperties(
        @DefaultValue("5") int threshold,
        @DefaultValue("1m") Duration duration,
        @DefaultValue("1h") Duration maxDuration,
        @DefaultValue("24h") Duration resetAfter) {

    LoginLockProperties {
        if (threshold < 1 || threshold > 100) {
            throw new InvalidConfigurationException("LOGIN_LOCK_THRESHOLD", "must be between 1 and 100 (got "
                    + threshold + ")");
        }
        if (duration.toMillis() < 1000 || duration.compareTo(Duration.ofDays(1)) > 0) {
            throw new InvalidConfigurationException("LOGIN_LOCK_DURATION", "must be between 1s and 24h (got "
                    + duration + ")");
        }
        if (maxDuration.compareTo(duration) < 0 || maxDuration.compareTo(Duration.ofDays(7)) > 0) {
            throw new InvalidConfigurationException("LOGIN_LOCK_MAX_DURATION",
                    "must be between LOGIN_LOCK_DURATION and 7d (got " + maxDuration + ")");
        }
        if (resetAfter.compareTo(maxDuration) < 0) {
            throw new InvalidConfigurationException("LOGIN_LOCK_RESET_AFTER",
                    "must be at least LOGIN_LOCK_MAX_DURATION (got " + resetAfter + ")");
        }
    }

    /** How long sign-in is refused after the {@code failures}-th failure in a row (zero: not locked). */
    Duration lockAfter(int failures) {
        if (failures < threshold) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - threshold, 30);
        Duration lock = duration.multipliedBy(1L << doublings);
        return lock.compareTo(maxDuration) > 0 ? maxDuration : lock;
    }
}
