package dev.comptoir.orders.order;

import dev.comptoir.pricing.Totals;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Everything checkout worked out before the order row is written. {@code clientKey}: the buyer's hashed
 * address; {@code locale}: the language of the order's emails (the customer's, or the guest's negotiated
 * within the market); {@code market}: the code of the cart's market, whose currency and tax mode the
 * totals are in.
 */
public record OrderDraft(UUID id, UUID userId, String email, String guestTokenHash, String paymentMethod, Totals totals,
        String couponCode, Address shippingAddress, Address billingAddress, String notes, Instant expiresAt,
        String actor, String clientKey, List<Line> lines, String locale, String market) {

    /** {@code unitPrice} as the market displayed it; {@code priceListId}: the list that gave it, if any. */
    public record Line(UUID productId, UUID variantId, String sku, String name, BigDecimal unitPrice,
            BigDecimal unitPriceExclTax, @Nullable BigDecimal compareAtPrice, @Nullable UUID priceListId, int quantity,
            BigDecimal lineTotal) {}
}
