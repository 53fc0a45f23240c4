package dev.comptoir.integrations.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.lang.Nullable;

/**
 * An endpoint as staff read it. {@code secret} is only in the answer of the creation and of a
 * rotation: afterwards it is never shown again.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookEndpoint(UUID id, String url, List<String> events, @Nullable String description, boolean active,
        @Nullable String disabledReason, @Nullable Instant previousSecretExpiresAt, Instant createdAt,
        Instant updatedAt, @Nullable String secret) {

    WebhookEndpoint withSecret(String shown) {
        return new WebhookEndpoint(id, url, events, description, active, disabledReason, previousSecretExpiresAt,
                createdAt, updatedAt, shown);
    }
}
