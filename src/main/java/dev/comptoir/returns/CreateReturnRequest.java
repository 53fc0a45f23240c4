package dev.comptoir.returns;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** {@code POST /api/orders/{id}/returns}: which units of which order items go back, and why. */
record CreateReturnRequest(@NotEmpty @Size(max = 100) List<@NotNull @Valid ReturnRequestItem> items,
        @Size(max = 1000) @Nullable String note) {

    /** {@code replacementVariantId}: another variant of the same product, asked in exchange. */
    record ReturnRequestItem(@NotNull UUID orderItemId, @NotNull @Min(1) @Max(100_000) Integer quantity,
            @Size(max = 500) @Nullable String reason,
            @Schema(description = "another variant of the same product, asked in exchange") @Nullable UUID replacementVariantId) {}
}
