package dev.comptoir.pricelists.lists;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A price list's period ends after it starts; reported on {@code endsAt}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConsistentPriceList.Validator.class)
@interface ConsistentPriceList {

    String message() default "must be after startsAt";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ConsistentPriceList, PriceListRequest> {

        @Override
        public boolean isValid(PriceListRequest list, ConstraintValidatorContext context) {
            if (list.startsAt() == null || list.endsAt() == null || list.endsAt().isAfter(list.startsAt())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("must be after startsAt").addPropertyNode("endsAt")
                    .addConstraintViolation();
            return false;
        }
    }
}
