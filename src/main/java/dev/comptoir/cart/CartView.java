package dev.comptoir.cart;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A cart as the client sees it: every price and total computed now, from current data. */
public record CartView(UUID id, List<Line> items, int itemCount, BigDecimal subtotal, BigDecimal discount,
        BigDecimal taxRate, BigDecimal tax, BigDecimal shipping, BigDecimal total, String currency,
        AppliedCoupon coupon, String shippingCountry, String shippingZone, LocalDate estimatedDeliveryFrom,
        LocalDate estimatedDeliveryTo, List<Warning> warnings, Instant expiresAt) {

    /** {@code availability}: in_stock, low_stock, out_of_stock, or unavailable (product withdrawn). */
    public record Line(UUID id, UUID productId, UUID variantId, String sku, String name, BigDecimal unitPrice,
            int quantity, BigDecimal lineTotal, int available, String availability) {}

    public record AppliedCoupon(String code, String type, BigDecimal discount, boolean freeShipping) {}

    /** Something the shopper should know: {@code price_changed}, {@code insufficient_stock}, ... */
    public record Warning(String code, String sku, String message) {}
}
