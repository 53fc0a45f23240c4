package dev.comptoir.returns;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A received return was refunded: the refund is requested of payments (pending until the provider
 * answers); {@code refundId} is null when nothing was to give back (an exchange at the same price).
 */
public record ReturnRefunded(UUID returnId, UUID orderId, @Nullable UUID refundId, BigDecimal amount, String currency,
        boolean includeShipping, Instant at) {}
