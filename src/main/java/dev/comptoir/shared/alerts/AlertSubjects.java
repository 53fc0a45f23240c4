package dev.comptoir.shared.alerts;

import dev.comptoir.shared.alerts.StaffAlert.Subject;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a given-up event is about, read from the event itself: events carry the ids of what they
 * concern ({@code refundId}, {@code paymentId}, {@code orderId}, ...), the most specific one wins.
 * An integration event names them in the {@code data} of its payload.
 */
@Component
class AlertSubjects {

    private record Field(String name, String type) {}

    private static final List<Field> FIELDS = List.of(new Field("refundId", "refund"),
            new Field("paymentId", "payment"), new Field("orderId", "order"), new Field("productId", "product"),
            new Field("userId", "customer"), new Field("alertId", "alert"));

    private final JsonMapper json;

    AlertSubjects(JsonMapper json) {
        this.json = json;
    }

    Subject of(String serializedEvent) {
        try {
            JsonNode event = json.readTree(serializedEvent);
            if (event.path("payload").isString()) {
                // an integration event carries the body it sends as text: the ids are in its data
                event = json.readTree(event.path("payload").asString()).path("data");
            }
            for (Field field : FIELDS) {
                JsonNode value = event.path(field.name());
                if (value.isValueNode() && !value.isNull()) {
                    return new Subject(field.type(), value.asString());
                }
            }
        } catch (JacksonException e) {
            // not JSON we can read: the alert still names the event and its listener
        }
        return null;
    }

    static String describe(Subject subject) {
        return subject == null ? "an unknown subject" : subject.type() + " " + subject.id();
    }
}
