package dev.comptoir.shared.security;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import dev.comptoir.shared.ComptoirProperties;
import dev.comptoir.shared.InvalidConfigurationException;
import dev.comptoir.shared.db.DatabaseProperties;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** HS256 signing key, encoder and a decoder pinned to HS256 and to our issuer. */
@Configuration(proxyBeanMethods = false)
class JwtConfig {

    private static final Logger log = LoggerFactory.getLogger(JwtConfig.class);

    @Bean
    SecretKey jwtKey(JwtProperties jwt, DatabaseProperties db, ComptoirProperties app) throws IOException {
        String secret = jwt.secret();
        if (secret == null || secret.isBlank()) {
            if (!db.embedded()) {
                throw new InvalidConfigurationException("JWT_SECRET",
                        "is required when DB_URL is set (at least 32 random characters, shared by all instances)");
            }
            secret = generatedSecret(app.dataDir().resolve("jwt-secret"));
        }
        return new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    @Bean
    JwtEncoder jwtEncoder(SecretKey jwtKey) {
        return new NimbusJwtEncoder(new ImmutableSecret<>(jwtKey));
    }

    @Bean
    JwtDecoder jwtDecoder(SecretKey jwtKey, JwtProperties jwt) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(jwtKey).macAlgorithm(MacAlgorithm.HS256).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(jwt.issuer()));
        return decoder;
    }

    private static String generatedSecret(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file).trim();
        }
        Files.createDirectories(file.getParent());
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Files.writeString(file, secret);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
        log.info("Generated a JWT signing secret in {}", file);
        return secret;
    }
}
