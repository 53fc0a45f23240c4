package dev.comptoir.integrations;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records the integration events whose transaction committed — what webhooks and the event stream
 * carry — without an endpoint or a broker.
 */
@Component
class IntegrationEventsProbe {

    private final List<IntegrationEvent> committed = new CopyOnWriteArrayList<>();

    @EventListener
    void on(IntegrationEvent event) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                committed.add(event);
            }
        });
    }

    List<IntegrationEvent> of(String type) {
        return committed.stream().filter(e -> e.type().equals(type)).toList();
    }
}
