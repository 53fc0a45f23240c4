package dev.comptoir.promotions;

import java.math.BigDecimal;
import java.util.UUID;

/** A cancelled or expired order gave its coupon use back. */
public record CouponReleased(UUID couponId, String code, UUID orderId, BigDecimal amount) {}
