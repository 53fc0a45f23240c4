/**
 * Promotions: coupons (admin CRUD at {@code /api/admin/coupons}) and their redemption. Cart and
 * checkout use {@link dev.comptoir.promotions.PromotionService} to quote, redeem and release a coupon;
 * {@link dev.comptoir.promotions.CouponRedeemed} and {@link dev.comptoir.promotions.CouponReleased}
 * tell listeners about uses.
 */
@ApplicationModule(allowedDependencies = {"markets"})
package dev.comptoir.promotions;

import org.springframework.modulith.ApplicationModule;
