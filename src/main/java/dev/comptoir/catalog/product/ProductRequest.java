package dev.comptoir.catalog.product;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.comptoir.catalog.support.Slugs;
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
import java.util.UUID;

/**
 * Create (POST) or fully replace (PUT) a product's own fields. {@code variants} and {@code images}
 * are read on create only; afterwards they have their own routes. A missing {@code slug} is generated
 * from the name on create and kept on replace. {@code price} is the price in the product's currency
 * (EUR); {@code prices} lists it and the prices in other currencies: given, it is the product's whole
 * set (an entry in EUR must equal {@code price}); missing on a replace, the other currencies are kept.
 */
public record ProductRequest(
        @NotNull(message = "is required") @Size(min = 2, max = 200, message = "must be 2 to 200 characters") String name,
        @Size(max = 220, message = "must be at most 220 characters")
        @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case letters, digits and single dashes") String slug,
        @Size(max = 20000, message = "must be at most 20000 characters") String description,
        @Size(max = 500, message = "must be at most 500 characters") String shortDescription,
        @NotNull(message = "is required") @DecimalMin(value = "0.00", message = "must be at least 0")
        @Digits(integer = 8, fraction = 2, message = "must have at most 8 digits and 2 decimals") BigDecimal price,
        @DecimalMin(value = "0.00", message = "must be at least 0")
        @Digits(integer = 8, fraction = 2, message = "must have at most 8 digits and 2 decimals") BigDecimal compareAtPrice,
        @Pattern(regexp = "EUR", message = "must be EUR") String currency,
        @Size(max = 50, message = "must be at most 50 items") List<@Valid @NotNull ProductPrice> prices,
        @NotBlank(message = "is required") @Size(max = 64, message = "must be at most 64 characters")
        @Pattern(regexp = ProductRequest.SKU, message = "must be letters, digits, '.', '_' or '-'") String sku,
        @Min(value = 0, message = "must be at least 0") @Max(value = 100_000_000, message = "is too large") Integer stock,
        @DecimalMin(value = "0.000", message = "must be at least 0")
        @Digits(integer = 7, fraction = 3, message = "must have at most 7 digits and 3 decimals") BigDecimal weight,
        Map<String, Object> dimensions,
        @JsonProperty("isActive") Boolean isActive,
        @JsonProperty("isFeatured") Boolean isFeatured,
        @Size(max = 200, message = "must be at most 200 characters") String seoTitle,
        @Size(max = 500, message = "must be at most 500 characters") String seoDescription,
        UUID categoryId,
        @Size(max = 200, message = "must be at most 200 items") List<@Valid @NotNull VariantRequest> variants,
        @Size(max = 50, message = "must be at most 50 items") List<@Valid @NotNull ImageRequest> images) {

    public static final String SKU = "^[A-Za-z0-9][A-Za-z0-9._-]*$";
    public static final String HTTP_URL = "^[hH][tT][tT][pP][sS]?://[^\\s/?#]+[^\\s]*$"; // no (?i): the document's pattern is ECMA 262
}
