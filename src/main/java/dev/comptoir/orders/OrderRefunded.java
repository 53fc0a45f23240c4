package dev.comptoir.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** {@code amount} of a paid order was refunded (recorded from the payments module's RefundSucceeded). */
public record OrderRefunded(UUID orderId, BigDecimal amount, Instant at) {}
