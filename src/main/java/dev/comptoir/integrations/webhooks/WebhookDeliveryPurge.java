package dev.comptoir.integrations.webhooks;

import java.sql.Timestamp;
import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The delivery log is kept {@code WEBHOOKS_RETENTION} (30 days): finished deliveries older than that
 * go, with their attempts and the messages no delivery needs any more. Waiting ones (an endpoint
 * switched off) are kept until they are sent or their endpoint deleted.
 */
@Component
class WebhookDeliveryPurge {

    private final JdbcTemplate jdbc;
    private final WebhookProperties properties;
    private final Clock clock;

    WebhookDeliveryPurge(JdbcTemplate jdbc, WebhookProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @SchedulerLock(name = "webhook-deliveries-purge", lockAtMostFor = "PT30M")
    @Transactional
    public void purge() {
        jdbc.update("DELETE FROM webhook_deliveries WHERE status IN ('succeeded', 'failed') AND created_at < ?",
                Timestamp.from(clock.instant().minus(properties.retention())));
        jdbc.update("DELETE FROM webhook_messages m WHERE NOT EXISTS "
                + "(SELECT 1 FROM webhook_deliveries d WHERE d.message_id = m.id)");
    }
}
