package dev.comptoir.payments;

import java.util.UUID;

/** A payment attempt failed; the intent may still be paid until the order expires. */
public record PaymentFailed(UUID orderId, UUID paymentId, String reason) {}
