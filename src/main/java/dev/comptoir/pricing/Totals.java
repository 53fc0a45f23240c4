package dev.comptoir.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A priced basket (ADR 0009): amounts in {@code currency}, each rounded half-up to its decimals.
 * Tax-exclusive ({@code taxInclusive} false): {@code total = subtotal - discountAmount + taxAmount +
 * shippingAmount}. Tax-inclusive: subtotal, discount and shipping include tax, {@code total = subtotal -
 * discountAmount + shippingAmount} and {@code taxAmount} is the tax it contains. In both,
 * {@code totalExclTax = total - taxAmount}. {@code taxRate} is a fraction (0.20 for 20%);
 * {@code taxableBase} is the amount it applied to (gross in a tax-inclusive market). Delivery is
 * estimated in business days (Monday to Friday; public holidays are not known).
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
        LocalDate estimatedDeliveryTo,
        boolean taxInclusive,
        BigDecimal totalExclTax) {

    public EstimatedDelivery estimatedDelivery() {
        return new EstimatedDelivery(estimatedDeliveryFrom, estimatedDeliveryTo);
    }
}
