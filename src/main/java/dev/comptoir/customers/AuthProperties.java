package dev.comptoir.customers;

import dev.comptoir.shared.InvalidConfigurationException;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Password hashing cost ({@code comptoir.auth.bcrypt-strength}, BCRYPT_STRENGTH): 10 in production
 * (about 60–100 ms a hash); tests use 4. {@code refresh-reuse-grace} (REFRESH_REUSE_GRACE): how long
 * after a rotation the rotated token still answers its successor instead of revoking the session —
 * long enough for a second tab's concurrent refresh, short because a stolen token is worth a session
 * that long; {@code 0s} turns it off.
 */
@ConfigurationProperties("comptoir.auth")
record AuthProperties(@DefaultValue("10") int bcryptStrength, @DefaultValue("30s") Duration refreshReuseGrace) {

    static final Duration MAX_REFRESH_REUSE_GRACE = Duration.ofMinutes(5);

    AuthProperties {
        if (bcryptStrength < 4 || bcryptStrength > 16) {
            throw new InvalidConfigurationException("BCRYPT_STRENGTH",
                    "must be between 4 and 16 (got " + bcryptStrength + ")");
        }
        if (refreshReuseGrace.isNegative() || refreshReuseGrace.compareTo(MAX_REFRESH_REUSE_GRACE) > 0) {
            throw new InvalidConfigurationException("REFRESH_REUSE_GRACE",
                    "must be between 0s and 5m (got " + refreshReuseGrace + ")");
        }
    }
}
