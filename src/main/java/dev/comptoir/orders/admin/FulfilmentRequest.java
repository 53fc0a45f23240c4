package dev.comptoir.orders.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * {@code POST /api/admin/orders/{id}/fulfilments}: a parcel leaving {@code location} with these units;
 * {@code trackingNumber} is required (400 tracking_number_required), {@code carrier} is optional.
 */
record FulfilmentRequest(@NotBlank @Size(max = 32) String location,
        @NotEmpty @Size(max = 100) List<@Valid @NotNull ParcelLine> items, @Size(max = 100) String carrier,
        @Size(max = 100) String trackingNumber) {

    record ParcelLine(@NotNull UUID orderItemId, @Min(1) @Max(10000) int quantity) {}
}
