package dev.comptoir.catalog;

import java.util.UUID;

/** A category was created, renamed, moved or deleted; products below it may need reindexing. */
public record CategoryChanged(UUID categoryId) {}
