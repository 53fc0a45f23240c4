package dev.comptoir.customers;

import java.time.Instant;
import java.util.UUID;

/**
 * The account holder asked to move the account to {@code newEmail}. The old address is told (in case
 * it was not them); the new one gets the confirmation link of {@code tokenId} — unless another account
 * holds that address, when {@code tokenId} is null and the new address gets nothing (the answer to the
 * request is the same, so it tells nobody the address is taken).
 */
public record EmailChangeRequested(UUID userId, UUID requestId, UUID tokenId, String oldEmail, String newEmail,
        String firstName, String locale, Instant expiresAt, Instant at) {}
