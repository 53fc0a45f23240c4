package dev.comptoir.catalog.product;

import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.UUID;

/** The product's image ids in their new order; it must list each image exactly once. */
public record ImageOrderRequest(@NotEmpty(message = "is required") List<UUID> imageIds) {}
