package dev.comptoir.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An order's payment succeeded ({@link OrderService#markPaid}); it now counts as revenue. */
public record OrderPaid(UUID orderId, String orderNumber, BigDecimal total, String currency, Instant paidAt) {}
