package dev.comptoir.orders.order;

import dev.comptoir.shared.Hashes;
import java.security.SecureRandom;
import java.util.Base64;

/** A guest follows their order with a random secret; only its SHA-256 is stored. */
public final class GuestTokens {

    /** The request header a guest sends the secret in. */
    public static final String HEADER = "X-Guest-Token";

    private static final SecureRandom RANDOM = new SecureRandom();

    private GuestTokens() {}

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        return Hashes.sha256Hex(token);
    }
}
