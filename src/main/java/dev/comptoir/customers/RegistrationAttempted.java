package dev.comptoir.customers;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone tried to register with the address of an existing account. The registration answered as for
 * a new address; the account holder is told instead (at most once a day).
 */
public record RegistrationAttempted(UUID userId, String email, String firstName, String locale, Instant at) {}
