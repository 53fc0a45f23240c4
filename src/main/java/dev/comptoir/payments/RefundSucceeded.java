package dev.comptoir.payments;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A refund went through. {@code countsForOrder}: it gave back money of the payment the order counts
 * (not of a payment held for review); {@code totalRefunded} is that payment's running total after it.
 * {@code paymentIntentId} lets the order tell its own payment from a second one being refunded.
 */
public record RefundSucceeded(UUID orderId, UUID paymentId, String paymentIntentId, boolean countsForOrder,
        UUID refundId, BigDecimal amount, String currency, BigDecimal totalRefunded, boolean fullyRefunded) {}
