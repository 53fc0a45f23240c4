package dev.comptoir.promotions;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What a coupon is worth on a subtotal: {@code discountAmount} (scale 2, never more than the
 * subtotal) and whether it makes shipping free.
 */
public record CouponQuote(UUID couponId, String code, CouponType type, BigDecimal discountAmount,
                          boolean freeShipping) {}
