package dev.comptoir.cart;

import dev.comptoir.pricing.EstimatedDelivery;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A cart as the client sees it: every price and total computed now, from current data. Money fields
 * carry the original design's names, the same as an order's. {@code estimatedDelivery} is null while
 * there is nothing to deliver.
 */
public record CartView(UUID id, List<Line> items, int itemCount, BigDecimal subtotal, BigDecimal discountAmount,
        BigDecimal taxRate, BigDecimal taxAmount, BigDecimal shippingAmount, BigDecimal total, String currency,
        @Nullable AppliedCoupon coupon, String shippingCountry, String shippingZone,
        @Nullable EstimatedDelivery estimatedDelivery,
        List<Warning> warnings, Instant expiresAt) {

    /**
     * {@code availability}: in_stock, low_stock, out_of_stock, or unavailable; an unavailable line keeps
     * its name and says why in {@code unavailableReason} ({@code product_withdrawn}: the product is
     * inactive or deleted; {@code variant_removed}: the variant no longer exists). Its {@code unitPrice} is null and its {@code lineTotal} 0.00.
     */
    public record Line(UUID id, UUID productId, @Nullable UUID variantId, String sku, String name,
            @Nullable BigDecimal unitPrice, int quantity, BigDecimal lineTotal, int available, String availability,
            @Nullable String unavailableReason) {}

    public record AppliedCoupon(String code, String type, BigDecimal discountAmount, boolean freeShipping) {}

    /** Something the shopper should know: {@code price_changed}, {@code insufficient_stock}, ... */
    public record Warning(String code, String sku, String message) {}
}
