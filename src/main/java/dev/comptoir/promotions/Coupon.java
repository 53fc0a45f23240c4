package dev.comptoir.promotions;

import dev.comptoir.shared.error.BusinessRuleException;
import dev.comptoir.shared.money.Money;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A discount code. The coupon decides whether it applies (period, minimum subtotal, uses left) and
 * what it is worth; per-customer use is counted from redemptions by {@link PromotionService}.
 */
@Entity
@Table(name = "coupons")
class Coupon {

    /** Codes are letters, digits, '-' and '_'; they are compared upper-case. */
    static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9_-]{1,49}";

    @Id
    private UUID id;

    private String code;

    @Convert(converter = TypeConverter.class)
    private CouponType type;

    private BigDecimal value;
    private BigDecimal minSubtotal;
    /** The currency of {@code value} and {@code minSubtotal} (ADR 0009: never converted). */
    private String currency;
    private Instant startsAt;
    private Instant endsAt;
    private Integer usageLimit;
    private Integer perCustomerLimit;

    /** Changed only by the atomic SQL of {@link CouponRepository}, never by an entity update. */
    @Column(insertable = false, updatable = false)
    private int usedCount;

    @Column(name = "is_active")
    private boolean active;

    private String description;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private Long version;

    protected Coupon() {}

    Coupon(CouponRequest settings, String currency, Instant now) {
        this.id = UUID.randomUUID();
        this.createdAt = now;
        apply(settings, currency, now);
    }

    /** {@code currency}: supported, upper-case; amounts with more decimals than it are refused (invalid_amount). */
    void apply(CouponRequest settings, String currency, Instant now) {
        this.code = normalize(settings.code());
        this.type = settings.type();
        this.currency = currency;
        this.value = settings.type() == CouponType.FREE_SHIPPING ? Money.zero(currency)
                : Money.exactAmount(settings.value(), currency);
        this.minSubtotal = Money.exactAmount(settings.minSubtotal() == null ? BigDecimal.ZERO : settings.minSubtotal(),
                currency);
        this.startsAt = settings.startsAt();
        this.endsAt = settings.endsAt();
        this.usageLimit = settings.usageLimit();
        this.perCustomerLimit = settings.perCustomerLimit();
        this.active = settings.active() == null || settings.active();
        this.description = settings.description() == null || settings.description().isBlank() ? null
                : settings.description().strip();
        this.updatedAt = now;
    }

    void deactivate(Instant now) {
        this.active = false;
        this.updatedAt = now;
    }

    static String normalize(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * Refuses the coupon when it is not in its period, the subtotal is under its minimum or its
     * uses are gone. (Inactive coupons are not found at all: see {@link PromotionService}.)
     */
    void checkApplicable(BigDecimal subtotal, String cartCurrency, Instant now) {
        if (!appliesIn(cartCurrency)) {
            throw new BusinessRuleException("coupon_currency_mismatch", "Coupon " + code + " is in " + currency
                    + " and applies only to a cart in " + currency, Map.of("couponCurrency", currency,
                            "cartCurrency", cartCurrency));
        }
        if (startsAt != null && now.isBefore(startsAt)) {
            throw new BusinessRuleException("coupon_not_started", "Coupon " + code + " is not valid yet",
                    Map.of("startsAt", startsAt.toString()));
        }
        if (endsAt != null && !now.isBefore(endsAt)) {
            throw new BusinessRuleException("coupon_expired", "Coupon " + code + " has expired",
                    Map.of("endsAt", endsAt.toString()));
        }
        if (subtotal.compareTo(minSubtotal) < 0) {
            throw new BusinessRuleException("coupon_min_subtotal",
                    "Coupon " + code + " needs a subtotal of at least " + minSubtotal.toPlainString(),
                    Map.of("minSubtotal", minSubtotal));
        }
        if (usageLimit != null && usedCount >= usageLimit) {
            throw usageLimitReached();
        }
    }

    /**
     * A fixed amount, or a minimum subtotal, is money in the coupon's currency: it applies only to a cart
     * in that currency. A percentage or free shipping without a minimum applies in every currency.
     */
    boolean appliesIn(String cartCurrency) {
        boolean hasAmounts = type == CouponType.FIXED_AMOUNT || minSubtotal.signum() > 0;
        return !hasAmounts || currency.equalsIgnoreCase(cartCurrency);
    }

    BusinessRuleException usageLimitReached() {
        return new BusinessRuleException("coupon_usage_limit", "Coupon " + code + " has been used up");
    }

    /**
     * In the cart's currency (checked by {@link #checkApplicable}): percentage, subtotal × value / 100
     * rounded half-up to its decimals; fixed, never more than the subtotal.
     */
    CouponQuote quote(BigDecimal subtotal, String cartCurrency) {
        BigDecimal discount = switch (type) {
            case PERCENTAGE -> Money.round(subtotal.multiply(value).movePointLeft(2), cartCurrency);
            case FIXED_AMOUNT -> Money.round(value.min(subtotal), cartCurrency);
            case FREE_SHIPPING -> Money.zero(cartCurrency);
        };
        return new CouponQuote(id, code, type, discount, type == CouponType.FREE_SHIPPING);
    }

    CouponView view() {
        return new CouponView(id, code, type, Money.round(value, currency), Money.round(minSubtotal, currency),
                currency, startsAt, endsAt, usageLimit, perCustomerLimit,
                usedCount, active, description, createdAt, updatedAt);
    }

    UUID id() {
        return id;
    }

    String code() {
        return code;
    }

    CouponType type() {
        return type;
    }

    boolean active() {
        return active;
    }

    int usedCount() {
        return usedCount;
    }

    Integer perCustomerLimit() {
        return perCustomerLimit;
    }

    @Converter
    static class TypeConverter implements AttributeConverter<CouponType, String> {

        @Override
        public String convertToDatabaseColumn(CouponType type) {
            return type == null ? null : type.code();
        }

        @Override
        public CouponType convertToEntityAttribute(String code) {
            return code == null ? null : CouponType.fromCode(code);
        }
    }
}
