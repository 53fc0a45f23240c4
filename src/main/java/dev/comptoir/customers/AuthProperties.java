package dev.comptoir.customers;

import dev.comptoir.shared.InvalidConfigurationException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Password hashing cost ({@code comptoir.auth.bcrypt-strength}, BCRYPT_STRENGTH): 10 in production
 * (about 60–100 ms a hash); tests use 4.
 */
@ConfigurationProperties("comptoir.auth")
record AuthProperties(@DefaultValue("10") int bcryptStrength) {

    AuthProperties {
        if (bcryptStrength < 4 || bcryptStrength > 16) {
            throw new InvalidConfigurationException("BCRYPT_STRENGTH",
                    "must be between 4 and 16 (got " + bcryptStrength + ")");
        }
    }
}
