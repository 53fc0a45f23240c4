package dev.comptoir.promotions;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A coupon as the admin API shows it. */
record CouponView(
        UUID id,
        String code,
        CouponType type,
        BigDecimal value,
        BigDecimal minSubtotal,
        String currency,
        Instant startsAt,
        Instant endsAt,
        Integer usageLimit,
        Integer perCustomerLimit,
        int usedCount,
        @JsonProperty("isActive") boolean active,
        String description,
        Instant createdAt,
        Instant updatedAt) {}
