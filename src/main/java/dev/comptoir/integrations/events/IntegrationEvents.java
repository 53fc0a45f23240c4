package dev.comptoir.integrations.events;

import dev.comptoir.integrations.IntegrationEvent;
import dev.comptoir.shared.metadata.Metadata;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Publishes one {@link IntegrationEvent}: the body {@code {"id","type","timestamp","data"}} is written
 * once here. The id is derived from the type and the domain event (not from the metadata added to
 * {@code data}, which may change in between), so that a translator run again for the same event (at
 * least once, from the outbox) publishes the same message, which webhook deliveries and receivers
 * deduplicate.
 */
@Component
class IntegrationEvents {

    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    IntegrationEvents(ApplicationEventPublisher events, JsonMapper json, Clock clock) {
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    void publish(String type, Object event) {
        publish(type, event, null);
    }

    /** {@code data} is the event's facts plus, when given, the entity's {@code metadata} and {@code privateMetadata}. */
    void publish(String type, Object event, @Nullable Metadata metadata) {
        IntegrationEventTypes.Type documented = IntegrationEventTypes.named(type)
                .orElseThrow(() -> new IllegalArgumentException("undocumented integration event type " + type));
        if (documented.withMetadata() != (metadata != null)) {
            throw new IllegalArgumentException(type + " is documented " + (documented.withMetadata() ? "with" : "without")
                    + " metadata");
        }
        String facts = json.writeValueAsString(event);
        String id = "msg_" + UUID.nameUUIDFromBytes((type + "\n" + facts).getBytes(StandardCharsets.UTF_8))
                .toString().replace("-", "");
        Instant now = clock.instant();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("type", type);
        body.put("timestamp", now);
        ObjectNode data = (ObjectNode) json.readTree(facts);
        if (metadata != null) {
            data.set("metadata", json.valueToTree(metadata.metadata()));
            data.set("privateMetadata", json.valueToTree(metadata.privateMetadata()));
        }
        body.put("data", data);
        events.publishEvent(new IntegrationEvent(id, type, now, json.writeValueAsString(body)));
    }
}
