package dev.comptoir.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A priced basket: amounts in {@code currency}, each rounded half-up to cents, with
 * {@code total = subtotal - discountAmount + taxAmount + shippingAmount}. {@code taxRate} is a fraction (0.20 for 20%);
 * {@code taxableBase} is what it applied to. Delivery is estimated in business days (Monday to
 * Friday; public holidays are not known).
 */
public record Totals(
        BigDecimal subtotal,
        BigDecimal discountAmount,
        BigDecimal taxableBase,
        BigDecimal taxRate,
        BigDecimal taxAmount,
        BigDecimal shippingAmount,
        BigDecimal total,
        String currency,
        String country,
        String shippingZone,
        LocalDate estimatedDeliveryFrom,
        LocalDate estimatedDeliveryTo) {

    public EstimatedDelivery estimatedDelivery() {
        return new EstimatedDelivery(estimatedDeliveryFrom, estimatedDeliveryTo);
    }
}
