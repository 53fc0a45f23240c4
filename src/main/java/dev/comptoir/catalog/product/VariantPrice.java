package dev.comptoir.catalog.product;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** A variant's own price in one currency (net, in the currency's decimals); absent = the product's. */
public record VariantPrice(
        @NotNull(message = "is required") String currency,
        @NotNull(message = "is required") BigDecimal amount) {}
