package dev.comptoir.catalog;

import java.util.UUID;

/** A product (or one of its variants or images) was created, edited or deleted. For caches and search. */
public record ProductChanged(UUID productId) {}
