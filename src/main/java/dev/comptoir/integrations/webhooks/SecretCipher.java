package dev.comptoir.integrations.webhooks;

import dev.comptoir.shared.ComptoirProperties;
import dev.comptoir.shared.GeneratedSecrets;
import dev.comptoir.shared.InvalidConfigurationException;
import dev.comptoir.shared.db.DatabaseProperties;
import java.util.Base64;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Component;

/**
 * Signing secrets at rest: AES-256-GCM (Spring Security Crypto's {@code Encryptors.delux}, a random
 * IV per value) under {@code WEBHOOKS_SECRET_KEY}, or, on the embedded database, a key generated once
 * in {@code DATA_DIR/webhooks-secret-key}. A database dump alone does not let anyone sign as us.
 */
@Component
class SecretCipher {

    /** The key is random (not a password), so one fixed salt for the key derivation is enough. */
    private static final String SALT = "636f6d70746f69722d776562686f6f6b73";
    private static final String PREFIX = "enc1:";

    private final TextEncryptor encryptor;

    SecretCipher(WebhookProperties webhooks, DatabaseProperties db, ComptoirProperties app) {
        String key = webhooks.secretKey();
        if (key == null || key.isBlank()) {
            if (!db.embedded()) {
                throw new InvalidConfigurationException("WEBHOOKS_SECRET_KEY",
                        "is required when DB_URL is set (at least 32 random characters, shared by all instances)");
            }
            key = GeneratedSecrets.readOrCreate(app.dataDir().resolve("webhooks-secret-key"), 32,
                    random -> Base64.getUrlEncoder().withoutPadding().encodeToString(random));
        } else if (key.length() < 32) {
            throw new InvalidConfigurationException("WEBHOOKS_SECRET_KEY", "must be at least 32 characters");
        }
        this.encryptor = Encryptors.delux(key, SALT);
    }

    String encrypt(String secret) {
        return PREFIX + encryptor.encrypt(secret);
    }

    String decrypt(String stored) {
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("a webhook secret is not encrypted with a known scheme");
        }
        return encryptor.decrypt(stored.substring(PREFIX.length()));
    }
}
