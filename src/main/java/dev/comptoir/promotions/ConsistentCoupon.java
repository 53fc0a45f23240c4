package dev.comptoir.promotions;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

/**
 * The coupon rules that involve several fields; each broken rule is reported on the field to fix,
 * so that the 400 names it ({@code errors[].field}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConsistentCoupon.Validator.class)
@interface ConsistentCoupon {

    String message() default "is inconsistent";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ConsistentCoupon, CouponRequest> {

        private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

        @Override
        public boolean isValid(CouponRequest c, ConstraintValidatorContext context) {
            boolean valid = true;
            if (c.type() == CouponType.PERCENTAGE) {
                if (c.value() == null) {
                    valid = fail(context, "value", "is required for a percentage coupon");
                } else if (c.value().signum() <= 0 || c.value().compareTo(HUNDRED) > 0) {
                    valid = fail(context, "value", "must be more than 0 and at most 100 for a percentage coupon");
                }
            } else if (c.type() == CouponType.FIXED_AMOUNT) {
                if (c.value() == null) {
                    valid = fail(context, "value", "is required for a fixed_amount coupon");
                } else if (c.value().signum() <= 0) {
                    valid = fail(context, "value", "must be more than 0 for a fixed_amount coupon");
                }
            }
            // a free_shipping coupon ignores value (stored as 0)
            if (c.startsAt() != null && c.endsAt() != null && !c.endsAt().isAfter(c.startsAt())) {
                valid = fail(context, "endsAt", "must be after startsAt");
            }
            return valid;
        }

        private static boolean fail(ConstraintValidatorContext context, String field, String message) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}
