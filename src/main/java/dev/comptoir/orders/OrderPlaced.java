package dev.comptoir.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An order was placed (published in the checkout transaction; listeners run after commit). */
public record OrderPlaced(UUID orderId, String orderNumber, @Nullable UUID userId, String email, BigDecimal total,
        String currency, List<Line> lines, Instant at) {

    public record Line(UUID productId, @Nullable UUID variantId, String sku, String name, BigDecimal unitPrice, int quantity,
            BigDecimal lineTotal) {}
}
