package dev.comptoir.integrations.apikeys;

import java.security.SecureRandom;

/**
 * New tokens: {@code ck_live_} and 32 base62 characters for a secret key (190 random bits, so a plain
 * SHA-256 of it is enough to store: nothing can be guessed from it), {@code pk_live_} and 24 for a
 * publishable one. The first {@value #PREFIX_LENGTH} characters are shown in lists to tell keys apart.
 */
final class ApiKeyTokens {

    static final int PREFIX_LENGTH = 12;
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeyTokens() {}

    static String newToken(ApiKeyKind kind) {
        StringBuilder token = new StringBuilder(kind == ApiKeyKind.SECRET ? "ck_live_" : "pk_live_");
        int length = kind == ApiKeyKind.SECRET ? 32 : 24;
        for (int i = 0; i < length; i++) {
            token.append(BASE62.charAt(RANDOM.nextInt(BASE62.length())));
        }
        return token.toString();
    }

    static String prefix(String token) {
        return token.substring(0, PREFIX_LENGTH);
    }
}
