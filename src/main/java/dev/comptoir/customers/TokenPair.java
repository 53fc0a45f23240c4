package dev.comptoir.customers;

/** The login answer: {@code expiresIn} is the access token's lifetime in seconds. */
record TokenPair(String accessToken, String refreshToken, long expiresIn, String tokenType) {}
