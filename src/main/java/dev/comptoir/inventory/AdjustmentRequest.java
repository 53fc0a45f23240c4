package dev.comptoir.inventory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/admin/inventory/adjustments}: a signed, non-zero change of one SKU's on-hand at a
 * location (the default one, {@code main}, when absent).
 */
record AdjustmentRequest(
        @NotBlank @Size(max = 64) String sku,
        @NotNull Integer delta,
        @NotNull @Pattern(regexp = "adjustment|restock|return", message = "must be adjustment, restock or return")
        String reason,
        @Size(max = 500) String note,
        @Size(max = 32) String location) {}
