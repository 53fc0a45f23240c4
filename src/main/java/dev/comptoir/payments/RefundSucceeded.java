package dev.comptoir.payments;

import java.math.BigDecimal;
import java.util.UUID;

/** A refund went through; {@code totalRefunded} is the payment's running total after it. */
public record RefundSucceeded(UUID orderId, UUID paymentId, UUID refundId, BigDecimal amount, String currency,
        BigDecimal totalRefunded, boolean fullyRefunded) {}
