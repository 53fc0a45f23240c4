package dev.comptoir.integrations.webhooks;

import dev.comptoir.integrations.IntegrationEvent;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Turns an integration event into one delivery per active endpoint subscribed to its type, in the
 * transaction that publishes it: the event and its deliveries commit together or not at all. The
 * dispatcher is woken after commit; its poller finds anything a crash left behind.
 */
@Component
class WebhookFanout {

    private final JdbcTemplate jdbc;
    private final WebhookDispatcher dispatcher;
    private final Clock clock;

    WebhookFanout(JdbcTemplate jdbc, WebhookDispatcher dispatcher, Clock clock) {
        this.jdbc = jdbc;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @EventListener
    void on(IntegrationEvent event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("an IntegrationEvent is published inside a transaction");
        }
        List<UUID> endpoints = jdbc.queryForList("""
                SELECT id FROM webhook_endpoints WHERE active AND (? = ANY (events) OR '*' = ANY (events))""",
                UUID.class, event.type());
        if (endpoints.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("INSERT INTO webhook_messages (id, type, payload, created_at) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (id) DO NOTHING", event.id(), event.type(), event.payload(), now);
        jdbc.batchUpdate("""
                INSERT INTO webhook_deliveries (id, endpoint_id, message_id, status, next_attempt_at, created_at)
                VALUES (?, ?, ?, 'pending', ?, ?) ON CONFLICT (endpoint_id, message_id) DO NOTHING""",
                endpoints.stream().map(e -> new Object[] {UUID.randomUUID(), e, event.id(), now, now}).toList());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                dispatcher.wake();
            }
        });
    }
}
