package dev.comptoir.customers;

import java.time.Instant;
import java.util.UUID;

/** A new customer account exists (welcome email, new-customer analytics). */
public record CustomerRegistered(UUID userId, String email, Instant at) {}
