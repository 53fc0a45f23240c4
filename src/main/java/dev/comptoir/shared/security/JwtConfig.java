package dev.comptoir.shared.security;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import dev.comptoir.shared.ComptoirProperties;
import dev.comptoir.shared.GeneratedSecrets;
import dev.comptoir.shared.InvalidConfigurationException;
import dev.comptoir.shared.db.DatabaseProperties;
import dev.comptoir.shared.ratelimit.RedisSettings;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * HS256 signing key, encoder and a decoder pinned to HS256 and to our issuer that refuses revoked
 * sessions (verified tokens remembered, their claims and revocation checked on every use).
 */
@Configuration(proxyBeanMethods = false)
class JwtConfig {

    @Bean
    SecretKey jwtKey(JwtProperties jwt, DatabaseProperties db, ComptoirProperties app) {
        String secret = jwt.secret();
        if (secret == null || secret.isBlank()) {
            if (!db.embedded()) {
                throw new InvalidConfigurationException("JWT_SECRET",
                        "is required when DB_URL is set (at least 32 random characters, shared by all instances)");
            }
            secret = GeneratedSecrets.readOrCreate(app.dataDir().resolve("jwt-secret"), 48,
                    random -> Base64.getUrlEncoder().withoutPadding().encodeToString(random));
        }
        return new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    @Bean
    JwtEncoder jwtEncoder(SecretKey jwtKey) {
        return new NimbusJwtEncoder(new ImmutableSecret<>(jwtKey));
    }

    /** In memory; with REDIS_URL also in Redis, so that a revocation on one instance holds on all. */
    @Bean(destroyMethod = "close")
    RevokedSessions sessionRevocations(JwtProperties jwt, RedisSettings redis) {
        return new RevokedSessions(jwt.accessTokenTtl(), redis.uri()
                .map(uri -> new RedisRevocationStore(uri, redis.timeout(), jwt.revokedSessionKeyPrefix())));
    }

    @Bean
    JwtDecoder jwtDecoder(SecretKey jwtKey, JwtProperties jwt, SessionRevocations revocations) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(jwtKey).macAlgorithm(MacAlgorithm.HS256).build();
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(jwt.issuer()), new NotRevoked(revocations));
        decoder.setJwtValidator(validator);
        return new VerifiedTokens(decoder, validator);
    }
}
