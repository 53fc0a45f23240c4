package dev.comptoir.shared.security;

import dev.comptoir.shared.InvalidConfigurationException;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Token settings. {@code secret} (JWT_SECRET) signs access tokens with HS256; when absent on the
 * embedded default, one is generated once and kept in DATA_DIR. {@code revoked-session-key-prefix}:
 * where revoked sessions live in Redis (REDIS_URL).
 */
@ConfigurationProperties("comptoir.jwt")
public record JwtProperties(
        String secret,
        @DefaultValue("comptoir") String issuer,
        @DefaultValue("15m") Duration accessTokenTtl,
        @DefaultValue("30d") Duration refreshTokenTtl,
        @DefaultValue("comptoir:revoked-session:") String revokedSessionKeyPrefix) {

    public JwtProperties {
        if (secret != null && !secret.isBlank() && secret.length() < 32) {
            throw new InvalidConfigurationException("JWT_SECRET", "must be at least 32 characters (256 bits)");
        }
        if (accessTokenTtl.isNegative() || accessTokenTtl.isZero() || accessTokenTtl.toHours() > 24) {
            throw new InvalidConfigurationException("comptoir.jwt.access-token-ttl", "must be between 1s and 24h");
        }
        if (revokedSessionKeyPrefix == null || revokedSessionKeyPrefix.isBlank()) {
            throw new InvalidConfigurationException("comptoir.jwt.revoked-session-key-prefix", "must not be empty");
        }
        if (refreshTokenTtl.compareTo(accessTokenTtl) <= 0) {
            throw new InvalidConfigurationException("comptoir.jwt.refresh-token-ttl",
                    "must be longer than the access token's");
        }
    }
}
