package dev.comptoir.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An order moved from pending to confirmed because its payment succeeded: the moment to tell the
 * customer that the order is confirmed. A late payment of a cancelled order, or a second payment,
 * confirms nothing (they are refunded). {@code locale}: the language of the order's emails (null for an
 * order placed before it was stored).
 */
public record OrderConfirmed(UUID orderId, String orderNumber, String email, BigDecimal total, String currency,
        List<Line> lines, Instant at, String locale) {

    public record Line(String sku, String name, int quantity, BigDecimal lineTotal) {}
}
