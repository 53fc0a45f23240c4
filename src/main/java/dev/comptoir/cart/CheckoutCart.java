package dev.comptoir.cart;

import dev.comptoir.markets.Market;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A cart locked for checkout, re-priced now in its {@code market} (the market's currency and tax mode;
 * amounts as displayed there, ADR 0009).
 */
public record CheckoutCart(UUID cartId, Market market, List<Line> lines, BigDecimal subtotal, String couponCode) {

    /** {@code priceListId}: the list that gave {@code unitPrice}; {@code compareAtPrice}: what a sale beats. */
    public record Line(UUID productId, UUID variantId, String sku, String name, BigDecimal unitPrice,
            BigDecimal unitPriceExclTax, @Nullable BigDecimal compareAtPrice, @Nullable UUID priceListId,
            int quantity, BigDecimal lineTotal) {}

    public String currency() {
        return market.currency();
    }
}
