package dev.comptoir.customers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.UUID;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * bcrypt hashing, plus a dummy check so that an unknown email costs as much as a wrong password.
 * bcrypt reads at most 72 bytes (Spring refuses more), so a longer password is first reduced to its
 * SHA-256 in base64 (44 bytes): every one of its characters still counts.
 */
@Component
class Passwords {

    private final BCryptPasswordEncoder encoder;
    private final String dummyHash;

    Passwords(AuthProperties properties) {
        this.encoder = new BCryptPasswordEncoder(properties.bcryptStrength());
        this.dummyHash = encoder.encode(UUID.randomUUID().toString());
    }

    String hash(String raw) {
        return encoder.encode(bcryptInput(raw));
    }

    boolean matches(String raw, String hash) {
        return raw != null && hash != null && encoder.matches(bcryptInput(raw), hash);
    }

    /** Burns the same bcrypt work as a real check, for a login whose account does not exist. */
    void matchNothing(String raw) {
        encoder.matches(bcryptInput(raw == null ? "" : raw), dummyHash);
    }

    private static String bcryptInput(String raw) {
        byte[] bytes = raw.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= 72) {
            return raw;
        }
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
