package dev.comptoir.integrations.apikeys;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An API key as admins see it; a secret key's token only in the answer that made it. */
@Schema(name = "ApiKey")
record ApiKeyView(
        UUID id,
        @Schema(allowableValues = {"publishable", "secret"}) String kind,
        String name,
        @Schema(description = "The token's first characters, to tell keys apart") String prefix,
        @Schema(description = "The whole token: always for a publishable key, for a secret key only in the answer "
                + "of its creation or rotation (it is stored as a hash)") @Nullable String token,
        @Schema(description = "A secret key's permissions (the staff ones)") List<String> permissions,
        @Schema(description = "A publishable key's market") @Nullable String market,
        @Schema(description = "A publishable key's requests per rate-limit window and route group; null: the "
                + "default (API_KEYS_PUBLISHABLE_LIMIT)") @Nullable Long rateLimit,
        @Schema(allowableValues = {"active", "expired", "revoked"}) String status,
        String createdBy,
        Instant createdAt,
        @Schema(description = "Updated at most once a minute") @Nullable Instant lastUsedAt,
        @Nullable Instant expiresAt,
        @Nullable Instant revokedAt,
        @Schema(description = "The key that replaced this one, which works until expiresAt") @Nullable UUID rotatedTo) {

    ApiKeyView withToken(String shown) {
        return new ApiKeyView(id, kind, name, prefix, shown, permissions, market, rateLimit, status, createdBy,
                createdAt, lastUsedAt, expiresAt, revokedAt, rotatedTo);
    }
}
