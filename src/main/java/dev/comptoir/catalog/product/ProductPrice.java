package dev.comptoir.catalog.product;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A product's price in one currency: net (excluding tax), in that currency's decimals (JPY none, EUR
 * two), never converted from another. {@code compareAtPrice} is the regular price when this one is a
 * sale price, in the same currency.
 */
public record ProductPrice(
        @NotNull(message = "is required") String currency,
        @NotNull(message = "is required") BigDecimal amount,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable BigDecimal compareAtPrice) {}
