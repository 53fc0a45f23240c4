package dev.comptoir.promotions;

import java.math.BigDecimal;
import java.util.UUID;

/** An order used a coupon; {@code amount} is the discount it got. */
public record CouponRedeemed(UUID couponId, String code, UUID orderId, BigDecimal amount) {}
