package dev.comptoir.inventory;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /api/admin/inventory/transfers}: move available units of a SKU between two locations. */
record TransferRequest(
        @NotBlank @Size(max = 64) String sku,
        @NotBlank @Size(max = 32) String from,
        @NotBlank @Size(max = 32) String to,
        @NotNull @Min(1) @Max(1_000_000) Integer quantity,
        @Size(max = 500) String note) {}
