package dev.comptoir.promotions;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CouponRepository extends JpaRepository<Coupon, UUID>, JpaSpecificationExecutor<Coupon> {

    /** {@code code} must already be normalized (upper-case). */
    Optional<Coupon> findByCode(String code);

    boolean existsByCode(String code);

    boolean existsByCodeAndIdNot(String code, UUID id);

    /**
     * Takes one use, or none when the coupon is inactive or used up: the single conditional UPDATE is
     * what guarantees that the usage limit is never passed, whatever the concurrency.
     */
    @Modifying
    @Query(nativeQuery = true, value = """
            UPDATE coupons SET used_count = used_count + 1
            WHERE id = :id AND is_active AND (usage_limit IS NULL OR used_count < usage_limit)""")
    int takeUse(@Param("id") UUID id);

    /** Gives one use back (a released redemption). */
    @Modifying
    @Query(nativeQuery = true, value = "UPDATE coupons SET used_count = used_count - 1 WHERE id = :id AND used_count > 0")
    int giveUseBack(@Param("id") UUID id);
}
