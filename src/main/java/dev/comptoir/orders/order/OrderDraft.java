package dev.comptoir.orders.order;

import dev.comptoir.pricing.Totals;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Everything checkout worked out before the order row is written. {@code clientKey}: the buyer's hashed
 * address; {@code locale}: the language of the order's emails (the customer's, or a guest's Accept-Language).
 */
public record OrderDraft(UUID id, UUID userId, String email, String guestTokenHash, String paymentMethod, Totals totals,
        String couponCode, Address shippingAddress, Address billingAddress, String notes, Instant expiresAt,
        String actor, String clientKey, List<Line> lines, String locale) {

    public record Line(UUID productId, UUID variantId, String sku, String name, BigDecimal unitPrice, int quantity,
            BigDecimal lineTotal) {}
}
