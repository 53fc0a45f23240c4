package dev.comptoir.customers;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The login answer: {@code expiresIn} is the access token's lifetime in seconds; {@code refreshToken}
 * is absent when it travels in the refresh cookie instead ({@link RefreshCookie}).
 */
record TokenPair(String accessToken, @JsonInclude(JsonInclude.Include.NON_NULL) String refreshToken,
        long expiresIn, String tokenType) {

    TokenPair withoutRefreshToken() {
        return new TokenPair(accessToken, null, expiresIn, tokenType);
    }
}
