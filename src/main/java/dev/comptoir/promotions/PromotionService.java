package dev.comptoir.promotions;

import dev.comptoir.markets.Markets;
import dev.comptoir.shared.error.ApiException;
import dev.comptoir.shared.error.BusinessRuleException;
import dev.comptoir.shared.error.ConflictException;
import dev.comptoir.shared.error.NotFoundException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What cart and checkout can do with coupons: quote one on a subtotal, redeem it for an order inside
 * the checkout transaction, and release it when the order is cancelled or expires.
 *
 * <p>Refusals are {@link ApiException}s: {@code coupon_not_found} (404; unknown or inactive),
 * {@code coupon_not_started}, {@code coupon_expired}, {@code coupon_currency_mismatch} (a fixed amount or a
 * minimum in another currency than the cart's), {@code coupon_min_subtotal} (with
 * {@code minSubtotal}), {@code coupon_usage_limit}, {@code coupon_customer_limit} (all 422: the code is
 * real but cannot be used now). A refusal changes nothing and does not mark the caller's transaction
 * rollback-only, so a cart can show it and carry on.
 */
@Service
public class PromotionService {

    private final CouponRepository coupons;
    private final CouponRedemptionRepository redemptions;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final Markets markets;

    PromotionService(CouponRepository coupons, CouponRedemptionRepository redemptions, EntityManager entityManager,
            ApplicationEventPublisher events, Markets markets) {
        this.coupons = coupons;
        this.redemptions = redemptions;
        this.entityManager = entityManager;
        this.events = events;
        this.markets = markets;
    }

    /** {@link #evaluate(String, BigDecimal, String, UUID, String, Instant)} for a cart in the default market's currency. */
    @Transactional(readOnly = true, noRollbackFor = ApiException.class)
    public CouponQuote evaluate(String code, BigDecimal subtotal, UUID customerIdOrNull, String emailOrNull,
            Instant now) {
        return evaluate(code, subtotal, markets.defaultMarket().currency(), customerIdOrNull, emailOrNull, now);
    }

    /** {@link #redeem(String, UUID, BigDecimal, String, UUID, String, Instant)} in the default market's currency. */
    @Transactional(propagation = Propagation.MANDATORY, noRollbackFor = ApiException.class)
    public Redemption redeem(String code, UUID orderId, BigDecimal subtotal, UUID customerIdOrNull, String email,
            Instant now) {
        return redeem(code, orderId, subtotal, markets.defaultMarket().currency(), customerIdOrNull, email, now);
    }

    /**
     * Whether the coupon applies to this subtotal for this buyer now, and what it is worth. The
     * per-customer limit is checked only when the buyer is known (customer id or email). {@code currency}:
     * the cart's; a coupon with amounts in another one is refused ({@code coupon_currency_mismatch}).
     */
    @Transactional(readOnly = true, noRollbackFor = ApiException.class)
    public CouponQuote evaluate(String code, BigDecimal subtotal, String currency, UUID customerIdOrNull,
            String emailOrNull, Instant now) {
        checkAmount(subtotal);
        Coupon coupon = find(code);
        checkApplicable(coupon, subtotal, currency, customerIdOrNull, normalizeEmail(emailOrNull), now);
        return coupon.quote(subtotal, currency);
    }

    /**
     * Takes one use of the coupon for {@code orderId}. MANDATORY: it joins the checkout transaction, so
     * that a failed checkout gives the use back by rolling back, and fails fast when called outside one.
     * The coupon row is locked first (SELECT ... FOR UPDATE), so that the checks below, the
     * per-customer count included, see every committed use; the conditional UPDATE then takes the use
     * and can never pass the usage limit. Concurrent checkouts with the same coupon queue on that row
     * until the checkout commits: call this late in the checkout.
     */
    @Transactional(propagation = Propagation.MANDATORY, noRollbackFor = ApiException.class)
    public Redemption redeem(String code, UUID orderId, BigDecimal subtotal, String currency, UUID customerIdOrNull,
            String email, Instant now) {
        Objects.requireNonNull(orderId, "orderId");
        checkAmount(subtotal);
        String buyerEmail = normalizeEmail(email);
        if (buyerEmail == null) {
            throw new IllegalArgumentException("a redemption needs the buyer's email");
        }
        Coupon coupon = lock(find(code));
        if (!coupon.active()) {
            throw notFound(code);
        }
        if (redemptions.existsByOrderId(orderId)) {
            throw new ConflictException("coupon_already_redeemed", "This order has already used a coupon");
        }
        checkApplicable(coupon, subtotal, currency, customerIdOrNull, buyerEmail, now);
        if (coupons.takeUse(coupon.id()) != 1) {
            throw coupon.usageLimitReached();
        }
        CouponQuote quote = coupon.quote(subtotal, currency);
        redemptions.save(new CouponRedemption(coupon, orderId, customerIdOrNull, buyerEmail,
                quote.discountAmount(), now));
        events.publishEvent(new CouponRedeemed(coupon.id(), coupon.code(), orderId, quote.discountAmount()));
        return new Redemption(coupon.id(), coupon.code(), orderId, coupon.type(), quote.discountAmount(),
                quote.freeShipping(), now);
    }

    /**
     * Gives back the use taken by {@code orderId} (cancelled or expired order). Idempotent: a second
     * call, or a call for an order without a coupon, does nothing. Joins the caller's transaction
     * when there is one.
     */
    @Transactional
    public void release(UUID orderId) {
        Objects.requireNonNull(orderId, "orderId");
        // the conditional UPDATE decides which of two concurrent calls releases: the other sees 0 rows
        if (redemptions.release(orderId, Instant.now()) != 1) {
            return;
        }
        CouponRedemption redemption = redemptions.findByOrderId(orderId).orElseThrow();
        coupons.giveUseBack(redemption.couponId());
        events.publishEvent(new CouponReleased(redemption.couponId(), redemption.couponCode(), orderId,
                redemption.amount()));
    }

    private Coupon find(String code) {
        if (code == null || !code.strip().matches(Coupon.CODE_PATTERN)) {
            throw notFound(code);
        }
        Coupon coupon = coupons.findByCode(Coupon.normalize(code)).orElseThrow(() -> notFound(code));
        if (!coupon.active()) {
            throw notFound(code);
        }
        return coupon;
    }

    /** Re-reads the coupon under a row lock, even when this transaction already holds a stale copy. */
    private Coupon lock(Coupon coupon) {
        try {
            entityManager.refresh(coupon, LockModeType.PESSIMISTIC_WRITE);
            return coupon;
        } catch (EntityNotFoundException deletedMeanwhile) {
            throw notFound(coupon.code());
        }
    }

    private void checkApplicable(Coupon coupon, BigDecimal subtotal, String currency, UUID customerId, String email,
            Instant now) {
        Objects.requireNonNull(now, "now");
        coupon.checkApplicable(subtotal, currency, now);
        Integer perCustomer = coupon.perCustomerLimit();
        if (perCustomer != null && (customerId != null || email != null)
                && redemptions.countLiveUses(coupon.id(), customerId, email) >= perCustomer) {
            throw new BusinessRuleException("coupon_customer_limit",
                    "You have already used coupon " + coupon.code() + " the maximum number of times",
                    Map.of("perCustomerLimit", perCustomer));
        }
    }

    private static void checkAmount(BigDecimal subtotal) {
        if (subtotal == null || subtotal.signum() < 0) {
            throw new IllegalArgumentException("subtotal must be zero or more, got " + subtotal);
        }
    }

    private static String normalizeEmail(String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    private static NotFoundException notFound(String code) {
        return new NotFoundException("coupon_not_found", "No active coupon with code " + safe(code));
    }

    /** Echoes the code only when it looks like one, so that the message never carries odd input. */
    private static String safe(String code) {
        return code != null && code.strip().matches(Coupon.CODE_PATTERN) ? Coupon.normalize(code) : "given";
    }
}
