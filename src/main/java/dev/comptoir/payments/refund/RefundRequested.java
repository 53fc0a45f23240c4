package dev.comptoir.payments.refund;

import java.util.UUID;

/**
 * A refund was committed as pending and must be asked of the provider: the intent of an outside
 * effect (ADR 0004), carried out after commit by {@link RefundExecutor}. Internal to payments.
 */
public record RefundRequested(UUID refundId, UUID paymentId, UUID orderId, int attempt) {}
