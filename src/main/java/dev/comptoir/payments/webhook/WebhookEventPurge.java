package dev.comptoir.payments.webhook;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Processed Stripe event ids are kept {@code WEBHOOK_EVENTS_RETENTION} (30 days; Stripe redelivers for
 * up to 3 days), then deleted.
 */
@Component
class WebhookEventPurge {

    private final JdbcTemplate jdbc;
    private final Duration retention;
    private final Clock clock;

    WebhookEventPurge(JdbcTemplate jdbc, @Value("${comptoir.payments.webhook-events-retention:30d}") Duration retention,
            Clock clock) {
        this.jdbc = jdbc;
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT4M")
    @SchedulerLock(name = "webhook-events-purge", lockAtMostFor = "PT30M")
    void purge() {
        jdbc.update("DELETE FROM processed_webhook_events WHERE received_at < ?",
                Timestamp.from(clock.instant().minus(retention)));
    }
}
