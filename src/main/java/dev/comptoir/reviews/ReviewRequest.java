package dev.comptoir.reviews;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /api/products/{id}/reviews}: a rating from 1 to 5, an optional title and text. */
record ReviewRequest(
        @NotNull @Min(1) @Max(5) Integer rating,
        @Size(max = 200) String title,
        @Size(max = 5000) String body) {}
