package dev.comptoir.customers;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone asked to reset the password of an existing account: email {@code email} the link of token
 * {@code tokenId} ({@link CustomerService#emailedToken}), in {@code locale}. Carries no usable token.
 */
public record PasswordResetRequested(UUID userId, UUID tokenId, String email, String firstName, String locale,
        Instant expiresAt) {}
