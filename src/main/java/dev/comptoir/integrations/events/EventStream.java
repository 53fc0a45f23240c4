package dev.comptoir.integrations.events;

import dev.comptoir.integrations.IntegrationEvent;
import dev.comptoir.shared.alerts.AlertKinds;
import dev.comptoir.shared.events.OutsideEffect;
import org.springframework.modulith.events.support.OutboxEventExternalizer;

/**
 * Externalizes every integration event through Spring Modulith (ADR 0013), from the event publication
 * registry like any other outside effect: after the publishing transaction commits, at least once, a
 * failed send retried with the outbox's backoff and, when the retries give up, a staff alert.
 * Modulith's externalizer picks the events and their routing ({@link EventStreamConfiguration}) and
 * hands them to {@link RabbitTransport}; this listener waits for its outcome, so that a send the
 * broker did not confirm leaves the publication incomplete.
 */
class EventStream {

    private final OutboxEventExternalizer externalizer;

    EventStream(OutboxEventExternalizer externalizer) {
        this.externalizer = externalizer;
    }

    @OutsideEffect(AlertKinds.EVENT_NOT_STREAMED)
    void on(IntegrationEvent event) {
        try {
            externalizer.externalizeBlocking(event);
        } catch (RuntimeException e) {
            // externalizeBlocking wraps the transport's failure: keep the alert's error about the broker
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
