package dev.comptoir.customers;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The raw value of a refresh token's successor: HMAC-SHA256 of the presented token under a key derived
 * from the JWT secret. Deterministic, so that a second request holding the same token (another tab)
 * can be given the same successor although only hashes are stored; unpredictable without the secret.
 * The key is derived rather than the JWT key used directly, so that the two uses never mix.
 */
@Component
class SuccessorTokens {

    private static final String ALGORITHM = "HmacSHA256";
    private static final String PURPOSE = "comptoir/refresh-token-successor/v1";

    private final SecretKeySpec key;

    SuccessorTokens(SecretKey jwtKey) {
        this.key = new SecretKeySpec(hmac(jwtKey, PURPOSE), ALGORITHM);
    }

    /** 256 bits, URL-safe: the same shape as a token issued at login. */
    String of(String rawToken) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key, rawToken));
    }

    private static byte[] hmac(SecretKey key, String message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is always available", e);
        }
    }
}
