package dev.comptoir.promotions;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CouponRedemptionRepository extends JpaRepository<CouponRedemption, UUID> {

    boolean existsByCouponId(UUID couponId);

    boolean existsByOrderId(UUID orderId);

    Optional<CouponRedemption> findByOrderId(UUID orderId);

    /** Live (not released) uses of a coupon by one buyer, known by account id or by email. */
    @Query("""
            SELECT count(r) FROM CouponRedemption r
            WHERE r.couponId = :couponId AND r.releasedAt IS NULL
              AND (r.customerId = :customerId OR r.customerEmail = :email)""")
    long countLiveUses(@Param("couponId") UUID couponId, @Param("customerId") UUID customerId,
            @Param("email") String email);

    /** Marks the order's redemption released once; a second call changes nothing (returns 0). */
    @Modifying
    @Query(nativeQuery = true, value = """
            UPDATE coupon_redemptions SET released_at = :now
            WHERE order_id = :orderId AND released_at IS NULL""")
    int release(@Param("orderId") UUID orderId, @Param("now") Instant now);
}
