package dev.comptoir.shared.metadata;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * An entity's two metadata fields as stored: {@code metadata} (public, shown to storefronts) and
 * {@code privateMetadata} (staff, secret keys and webhook payloads only).
 */
public record Metadata(
        @Schema(description = "Public key/value pairs, shown to storefronts") Map<String, Object> metadata,
        @Schema(description = "Staff-only key/value pairs (admin answers, secret API keys, webhooks)")
                Map<String, Object> privateMetadata) {

    public static final Metadata EMPTY = new Metadata(Map.of(), Map.of());
}
