package dev.comptoir.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivery keys are kept {@code EMAIL_LOG_RETENTION} (90 days), far longer than an event can be
 * redelivered (completed publications are purged after {@code OUTBOX_RETENTION}), then deleted.
 */
@Component
class EmailLogPurge {

    private final JdbcTemplate jdbc;
    private final MailProperties properties;
    private final Clock clock;

    EmailLogPurge(JdbcTemplate jdbc, MailProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT3M")
    @SchedulerLock(name = "email-log-purge", lockAtMostFor = "PT30M")
    void purge() {
        Timestamp before = Timestamp.from(clock.instant().minus(properties.logRetention()));
        jdbc.update("DELETE FROM email_deliveries WHERE coalesce(sent_at, claimed_at) < ?", before);
    }
}
