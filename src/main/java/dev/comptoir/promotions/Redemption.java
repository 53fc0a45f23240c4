package dev.comptoir.promotions;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A use of a coupon by an order, as recorded at checkout. */
public record Redemption(UUID couponId, String code, UUID orderId, CouponType type, BigDecimal discountAmount,
                         boolean freeShipping, Instant redeemedAt) {}
