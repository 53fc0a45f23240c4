package dev.comptoir.returns;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The bodies of the staff's return actions. */
final class StaffRequests {

    private StaffRequests() {}

    /** {@code POST /api/admin/returns/{id}/reject}: the reason the customer is told. */
    record RejectReturnRequest(@NotBlank @Size(max = 500) String reason) {}

    /** {@code POST /api/admin/returns/{id}/receive}: units that arrived, in what condition, where. */
    record ReceiveReturnRequest(@NotEmpty @Size(max = 100) List<@NotNull @Valid ReceivedLine> items) {}

    /** {@code location}: the stock location's code (default {@code main}). */
    record ReceivedLine(@NotNull UUID orderItemId, @NotNull @Min(1) @Max(100_000) Integer quantity,
            @NotNull @Pattern(regexp = "resellable|damaged", message = "must be resellable or damaged")
            @Schema(allowableValues = {"resellable", "damaged"}) String condition,
            @Size(min = 1, max = 64) @Nullable String location) {

        boolean resellable() {
            return "resellable".equals(condition);
        }
    }

    /** {@code POST /api/admin/returns/{id}/refund}: none refunds what the returned units were paid. */
    record RefundReturnRequest(@DecimalMin("0.01") @Digits(integer = 10, fraction = 2) @Nullable BigDecimal amount,
            @Nullable Boolean includeShipping) {}
}
