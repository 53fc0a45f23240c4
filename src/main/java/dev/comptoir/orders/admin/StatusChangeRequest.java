package dev.comptoir.orders.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/admin/orders/{id}/status}: the next status, and what the transition needs. */
record StatusChangeRequest(@NotBlank String status, @Size(max = 100) String trackingNumber,
        @Size(max = 500) String note) {}
