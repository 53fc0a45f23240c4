package dev.comptoir.shared.metadata;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The body of a metadata PATCH: for each field sent, its top-level keys are laid over the stored ones
 * and a {@code null} value removes its key (JSON Merge Patch, RFC 7396, on the first level); a field
 * left out is kept as it is.
 */
@Schema(description = "Top-level keys merged into the stored ones; a null value removes its key. Keys: 1-64 of "
        + "A-Z a-z 0-9 _ . : -; values: any JSON; at most " + MetadataRules.MAX_KEYS + " keys and "
        + MetadataRules.MAX_BYTES + " bytes of JSON per field (400 invalid_metadata).",
        example = "{\"metadata\": {\"erpId\": \"A-17\", \"legacy\": null}, \"privateMetadata\": {\"margin\": 0.31}}")
public record MetadataPatch(
        @Schema(description = "Public keys to set (or remove with null)") @Nullable Map<String, @Nullable Object> metadata,
        @Schema(description = "Staff-only keys to set (or remove with null)")
                @Nullable Map<String, @Nullable Object> privateMetadata) {}
