package dev.comptoir.catalog.product;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A variant: own SKU, options such as {"size":"M"}, price null = the product's price. {@code prices}: its
 * own prices per currency (an EUR entry must equal {@code price}, or sets it when {@code price} is
 * absent); a currency not listed sells at the product's price there; missing on a replace, kept.
 */
public record VariantRequest(
        @NotBlank(message = "is required") @Size(max = 64, message = "must be at most 64 characters")
        @Pattern(regexp = ProductRequest.SKU, message = "must be letters, digits, '.', '_' or '-'") String sku,
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
        @Size(max = 10, message = "must have at most 10 options") Map<String, String> options,
        @DecimalMin(value = "0.00", message = "must be at least 0")
        @Digits(integer = 8, fraction = 2, message = "must have at most 8 digits and 2 decimals") BigDecimal price,
        @Size(max = 50, message = "must be at most 50 items") List<@Valid @NotNull VariantPrice> prices,
        @Min(value = 0, message = "must be at least 0") @Max(value = 100_000_000, message = "is too large") Integer stock,
        @Min(value = 0, message = "must be at least 0") Integer position) {}
