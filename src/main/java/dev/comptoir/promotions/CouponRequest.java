package dev.comptoir.promotions;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A coupon as the admin sends it (POST and PUT). Rules that span fields (value by type, end after
 * start) are checked by {@link ConsistentCoupon} and reported on the field at fault.
 */
@ConsistentCoupon
record CouponRequest(
        @NotBlank @Pattern(regexp = Coupon.CODE_PATTERN,
                message = "must be 2 to 50 letters, digits, '-' or '_', starting with a letter or digit")
        String code,
        @NotNull CouponType type,
        @Digits(integer = 8, fraction = 2) BigDecimal value,
        @DecimalMin("0.00") @Digits(integer = 8, fraction = 2) BigDecimal minSubtotal,
        @Schema(description = "ISO 4217 currency of value and minSubtotal (default: the default market's). A "
                + "fixed amount or a minimum applies only to carts in it; a percentage or free shipping without "
                + "minimum applies in every market", example = "EUR")
        @Pattern(regexp = "[A-Za-z]{3}", message = "must be a three-letter ISO 4217 code") String currency,
        Instant startsAt,
        Instant endsAt,
        @Min(1) @Max(1_000_000_000) Integer usageLimit,
        @Min(1) @Max(1_000_000_000) Integer perCustomerLimit,
        @JsonProperty("isActive") Boolean active,
        @Size(max = 500) String description) {

    CouponRequest {
        // " Summer-10 " is accepted as SUMMER-10; only the characters inside must match the pattern
        code = code == null ? null : code.strip();
    }
}
