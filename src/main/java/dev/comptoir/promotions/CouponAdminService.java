package dev.comptoir.promotions;

import dev.comptoir.shared.error.BadRequestException;
import dev.comptoir.shared.error.ConflictException;
import dev.comptoir.shared.error.NotFoundException;
import dev.comptoir.shared.error.Problems.FieldProblem;
import dev.comptoir.shared.web.PageResponse;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import dev.comptoir.markets.Markets;
import dev.comptoir.shared.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admin side of coupons: list, read, create, replace, and delete or retire. */
@Service
class CouponAdminService {

    private final CouponRepository coupons;
    private final CouponRedemptionRepository redemptions;
    private final EntityManager entityManager;
    private final Markets markets;

    CouponAdminService(CouponRepository coupons, CouponRedemptionRepository redemptions,
            EntityManager entityManager, Markets markets) {
        this.coupons = coupons;
        this.redemptions = redemptions;
        this.entityManager = entityManager;
        this.markets = markets;
    }

    /** The request's currency (400 unsupported_currency), else the default market's. */
    private String currency(CouponRequest request) {
        return request.currency() == null || request.currency().isBlank() ? markets.defaultMarket().currency()
                : Money.supportedCurrency(request.currency());
    }

    @Transactional(readOnly = true)
    PageResponse<CouponView> list(Boolean active, String q, Pageable pageable) {
        Specification<Coupon> spec = Specification.unrestricted();
        if (active != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("active"), active));
        }
        if (q != null && q.strip().length() > 50) {
            return PageResponse.of(List.of(), pageable.getPageNumber() + 1, pageable.getPageSize(), 0);
        }
        if (q != null && !q.isBlank()) {
            String pattern = "%" + escapeLike(q.strip().toUpperCase(Locale.ROOT)) + "%";
            spec = spec.and((root, query, cb) -> cb.like(root.get("code"), pattern, '\\'));
        }
        return PageResponse.of(coupons.findAll(spec, pageable), Coupon::view);
    }

    @Transactional(readOnly = true)
    CouponView get(UUID id) {
        return find(id).view();
    }

    @Transactional
    CouponView create(CouponRequest request) {
        String code = Coupon.normalize(request.code());
        if (coupons.existsByCode(code)) {
            throw duplicate(code);
        }
        Coupon coupon = new Coupon(request, currency(request), Instant.now());
        try {
            coupons.saveAndFlush(coupon);
        } catch (DataIntegrityViolationException e) {
            throw isDuplicateCode(e) ? duplicate(code) : e;
        }
        return coupon.view();
    }

    /** Replaces every editable field; {@code usedCount} stays as the redemptions made it. */
    @Transactional
    CouponView update(UUID id, CouponRequest request) {
        Coupon coupon = find(id);
        String code = Coupon.normalize(request.code());
        if (coupons.existsByCodeAndIdNot(code, id)) {
            throw duplicate(code);
        }
        if (request.usageLimit() != null && request.usageLimit() < coupon.usedCount()) {
            throw new BadRequestException("invalid_data",
                    "Invalid request: usageLimit must be at least the uses already made (" + coupon.usedCount() + ")",
                    Map.of("errors", FieldProblem.single("usageLimit",
                            "must be at least the uses already made (" + coupon.usedCount() + ")")));
        }
        coupon.apply(request, currency(request), Instant.now());
        try {
            coupons.saveAndFlush(coupon);
        } catch (DataIntegrityViolationException e) {
            throw isDuplicateCode(e) ? duplicate(code) : e;
        }
        return coupon.view();
    }

    /**
     * Deletes a coupon that no order ever used; retires (deactivates) one that was used, so that
     * orders and reports keep their history. Either way the code stops working at once.
     *
     * @return true when deleted, false when deactivated
     */
    @Transactional
    boolean delete(UUID id) {
        Coupon coupon = find(id);
        // the lock makes a checkout that is redeeming this coupon finish first (or wait for us)
        entityManager.refresh(coupon, LockModeType.PESSIMISTIC_WRITE);
        if (redemptions.existsByCouponId(id)) {
            coupon.deactivate(Instant.now());
            return false;
        }
        coupons.delete(coupon);
        return true;
    }

    private Coupon find(UUID id) {
        return coupons.findById(id)
                .orElseThrow(() -> new NotFoundException("coupon_not_found", "No coupon with id " + id));
    }

    private static ConflictException duplicate(String code) {
        return new ConflictException("duplicate_coupon_code", "A coupon with code " + code + " already exists");
    }

    /** Another request created the same code between our check and our insert. */
    private static boolean isDuplicateCode(DataIntegrityViolationException e) {
        String message = e.getMostSpecificCause().getMessage();
        return message != null && message.contains("coupons_code_key");
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
