package dev.comptoir.customers;

import java.util.UUID;

/**
 * A customer logged in or registered. {@code sessionId} is the request's {@code X-Session-Id} (null
 * when absent), so the cart module can merge the anonymous cart into the customer's.
 */
public record CustomerLoggedIn(UUID userId, String sessionId) {}
