package dev.comptoir.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An order's payment succeeded (from the payments module's PaymentSucceeded, or a late payment that will be refunded); it now counts as revenue. */
public record OrderPaid(UUID orderId, String orderNumber, BigDecimal total, String currency, Instant paidAt) {}
