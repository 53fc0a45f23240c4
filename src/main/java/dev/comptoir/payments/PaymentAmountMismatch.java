package dev.comptoir.payments;

import java.math.BigDecimal;
import java.util.UUID;

/** A payment succeeded with another amount or currency than expected: flagged for review, not paid. */
public record PaymentAmountMismatch(UUID orderId, UUID paymentId, BigDecimal expectedAmount, String expectedCurrency,
        BigDecimal receivedAmount, String receivedCurrency) {}
