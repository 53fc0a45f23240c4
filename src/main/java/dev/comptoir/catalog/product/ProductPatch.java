package dev.comptoir.catalog.product;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.comptoir.catalog.support.Slugs;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * PATCH: only the fields present (non-null) change; clearing an optional field takes a PUT. {@code prices},
 * when present, is the product's whole set of prices (its EUR entry sets {@code price}).
 */
public record ProductPatch(
        @Size(min = 2, max = 200, message = "must be 2 to 200 characters") String name,
        @Size(max = 220, message = "must be at most 220 characters")
        @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case letters, digits and single dashes") String slug,
        @Size(max = 20000, message = "must be at most 20000 characters") String description,
        @Size(max = 500, message = "must be at most 500 characters") String shortDescription,
        @DecimalMin(value = "0.00", message = "must be at least 0")
        @Digits(integer = 8, fraction = 2, message = "must have at most 8 digits and 2 decimals") BigDecimal price,
        @DecimalMin(value = "0.00", message = "must be at least 0")
        @Digits(integer = 8, fraction = 2, message = "must have at most 8 digits and 2 decimals") BigDecimal compareAtPrice,
        @Pattern(regexp = "EUR", message = "must be EUR") String currency,
        @Size(max = 50, message = "must be at most 50 items") List<@Valid @NotNull ProductPrice> prices,
        @Size(min = 1, max = 64, message = "must be 1 to 64 characters")
        @Pattern(regexp = ProductRequest.SKU, message = "must be letters, digits, '.', '_' or '-'") String sku,
        @Min(value = 0, message = "must be at least 0") @Max(value = 100_000_000, message = "is too large") Integer stock,
        @DecimalMin(value = "0.000", message = "must be at least 0")
        @Digits(integer = 7, fraction = 3, message = "must have at most 7 digits and 3 decimals") BigDecimal weight,
        Map<String, Object> dimensions,
        @JsonProperty("isActive") Boolean isActive,
        @JsonProperty("isFeatured") Boolean isFeatured,
        @Size(max = 200, message = "must be at most 200 characters") String seoTitle,
        @Size(max = 500, message = "must be at most 500 characters") String seoDescription,
        UUID categoryId) {}
