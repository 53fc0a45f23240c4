package dev.comptoir.returns;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A received return was refunded: the refund is requested of payments (pending until the provider answers). */
public record ReturnRefunded(UUID returnId, UUID orderId, UUID refundId, BigDecimal amount, String currency,
        boolean includeShipping, Instant at) {}
