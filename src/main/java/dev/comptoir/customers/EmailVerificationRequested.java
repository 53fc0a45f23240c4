package dev.comptoir.customers;

import java.time.Instant;
import java.util.UUID;

/**
 * A new account (or one asking again) must prove its address: email {@code email} the link of token
 * {@code tokenId} ({@link CustomerService#emailedToken}), in {@code locale}. {@code welcome}: it is
 * the registration's email, which also welcomes the customer.
 */
public record EmailVerificationRequested(UUID userId, UUID tokenId, String email, String firstName, String locale,
        boolean welcome, Instant expiresAt) {}
