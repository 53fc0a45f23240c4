package dev.comptoir.promotions;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One order's use of a coupon; released (not deleted) when the order is cancelled or expires. */
@Entity
@Table(name = "coupon_redemptions")
class CouponRedemption {

    @Id
    private UUID id;

    private UUID couponId;
    private String couponCode;
    private UUID orderId;
    private UUID customerId;
    private String customerEmail;
    private BigDecimal amount;
    private Instant redeemedAt;
    private Instant releasedAt;

    protected CouponRedemption() {}

    CouponRedemption(Coupon coupon, UUID orderId, UUID customerId, String customerEmail, BigDecimal amount,
            Instant now) {
        this.id = UUID.randomUUID();
        this.couponId = coupon.id();
        this.couponCode = coupon.code();
        this.orderId = orderId;
        this.customerId = customerId;
        this.customerEmail = customerEmail;
        this.amount = amount;
        this.redeemedAt = now;
    }

    UUID couponId() {
        return couponId;
    }

    String couponCode() {
        return couponCode;
    }

    UUID orderId() {
        return orderId;
    }

    BigDecimal amount() {
        return amount;
    }

    Instant redeemedAt() {
        return redeemedAt;
    }

    Instant releasedAt() {
        return releasedAt;
    }
}
