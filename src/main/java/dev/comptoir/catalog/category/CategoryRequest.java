package dev.comptoir.catalog.category;

import dev.comptoir.catalog.support.Slugs;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * Create or replace a category. No {@code slug}: generated from the name on create, kept on update.
 * No {@code position}: last among its siblings on create, unchanged on update. {@code parentId}
 * null puts it at the root.
 */
public record CategoryRequest(
        @NotBlank(message = "is required") @Size(max = 120, message = "must be at most 120 characters") String name,
        @Size(max = 140, message = "must be at most 140 characters")
        @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case letters, digits and single dashes") String slug,
        @Size(max = 5000, message = "must be at most 5000 characters") String description,
        UUID parentId,
        @Min(value = 0, message = "must be at least 0") Integer position) {}
