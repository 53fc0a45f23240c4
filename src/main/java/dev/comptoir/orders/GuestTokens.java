package dev.comptoir.orders;

import dev.comptoir.shared.Hashes;
import java.security.SecureRandom;
import java.util.Base64;

/** A guest follows their order with a random secret; only its SHA-256 is stored. */
final class GuestTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private GuestTokens() {}

    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        return Hashes.sha256Hex(token);
    }
}
