package dev.comptoir.cart;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A cart locked for checkout, re-priced from current catalog prices. */
public record CheckoutCart(UUID cartId, List<Line> lines, BigDecimal subtotal, String couponCode) {

    public record Line(UUID productId, UUID variantId, String sku, String name, BigDecimal unitPrice, int quantity,
            BigDecimal lineTotal) {}
}
