package dev.comptoir.integrations.webhooks;

import dev.comptoir.integrations.events.IntegrationEventTypes;
import java.util.List;

/** The event types an endpoint may subscribe to (ADR 0013); {@code *} subscribes to all of them. */
public final class WebhookEventTypes {

    public static final String ALL = "*";

    public static final List<String> TYPES = IntegrationEventTypes.NAMES;

    private WebhookEventTypes() {}
}
