package dev.comptoir.customers;

import java.time.Instant;
import java.util.UUID;

/**
 * Sign-in to an account is refused until {@code lockedUntil} after {@code failedAttempts} wrong
 * passwords in a row: the holder is told (once per lock, in the account's {@code locale}), in case
 * someone else is guessing.
 */
public record CustomerSignInLocked(UUID userId, String email, int failedAttempts, Instant lockedUntil,
        Instant at, String locale) {}
