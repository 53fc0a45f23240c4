package dev.comptoir.payments;

import java.math.BigDecimal;
import java.util.UUID;

/** The provider refused a refund; it stays visible as failed and can be retried. */
public record RefundFailed(UUID orderId, UUID refundId, BigDecimal amount, String reason) {}
