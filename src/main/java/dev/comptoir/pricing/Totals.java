package dev.comptoir.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A priced basket: amounts in {@code currency}, each rounded half-up to cents, with
 * {@code total = subtotal - discount + tax + shipping}. {@code taxRate} is a fraction (0.20 for 20%);
 * {@code taxableBase} is what it applied to. Delivery is estimated in business days (Monday to
 * Friday; public holidays are not known).
 */
public record Totals(
        BigDecimal subtotal,
        BigDecimal discount,
        BigDecimal taxableBase,
        BigDecimal taxRate,
        BigDecimal tax,
        BigDecimal shipping,
        BigDecimal total,
        String currency,
        String country,
        String shippingZone,
        LocalDate estimatedDeliveryFrom,
        LocalDate estimatedDeliveryTo) {}
