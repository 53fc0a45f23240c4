package dev.comptoir.markets;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A shipping zone as the admin sends it: amounts in the market's currency (with at most its decimals;
 * gross in a tax-inclusive market), countries as ISO codes or "*" for every country no other zone of
 * the market lists.
 */
record ShippingZoneRequest(
        @NotBlank @Size(max = 50) String name,
        @NotEmpty @Size(max = 250) List<@NotNull @Pattern(regexp = "[A-Za-z]{2}|\\*",
                message = "must be an ISO 3166-1 alpha-2 country code or *") String> countries,
        @NotNull @DecimalMin("0") @Max(100_000_000) BigDecimal flatRate,
        @DecimalMin("0") @Max(100_000_000) BigDecimal freeAbove,
        @NotNull @Min(0) @Max(365) Integer deliveryDaysMin,
        @NotNull @Min(0) @Max(365) Integer deliveryDaysMax) {}
