package dev.comptoir.payments;

import java.math.BigDecimal;

/** What a storefront needs to confirm the payment with Stripe.js. */
public record PaymentIntentView(String paymentIntentId, String clientSecret, BigDecimal amount, String currency,
        String status) {}
