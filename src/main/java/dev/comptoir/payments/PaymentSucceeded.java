package dev.comptoir.payments;

import java.math.BigDecimal;
import java.util.UUID;

/** A payment for the order succeeded with the expected amount and currency. */
public record PaymentSucceeded(UUID orderId, UUID paymentId, String paymentIntentId, BigDecimal amount,
        String currency) {}
