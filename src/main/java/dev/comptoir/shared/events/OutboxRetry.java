package dev.comptoir.shared.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The outbox's retry rules (ADR 0004), one instance at a time: runs that never reported are marked
 * failed, failed publications past their attempts become staff alerts, and the failed ones whose
 * backoff has passed are resubmitted through Modulith. A listener that is still running is never
 * resubmitted.
 */
@Component
class OutboxRetry {

    private static final Logger log = LoggerFactory.getLogger(OutboxRetry.class);
    private final JdbcTemplate jdbc;
    private final FailedEventPublications failed;
    private final GivenUpPublications givenUp;
    private final OutboxProperties properties;
    private final Clock clock;

    OutboxRetry(JdbcTemplate jdbc, FailedEventPublications failed, GivenUpPublications givenUp,
            OutboxProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.failed = failed;
        this.givenUp = givenUp;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${comptoir.outbox.retry-interval:10s}", initialDelayString = "PT5S")
    @SchedulerLock(name = "outbox-retry", lockAtMostFor = "PT5M")
    void run() {
        Instant now = clock.instant();
        markStale(now);
        givenUp.moveToAlerts();
        resubmitDue(now);
    }

    /**
     * Published, processing or resubmitted for longer than {@code staleAfter} since its last start:
     * the instance running it is gone. Measured from the last resubmission, not the first publication.
     */
    private void markStale(Instant now) {
        int stale = jdbc.update("""
                UPDATE event_publication SET status = 'FAILED', last_failed_at = ?,
                    last_error = 'no outcome reported within %s (the instance may have stopped)'
                WHERE completion_date IS NULL AND status IN ('PUBLISHED', 'PROCESSING', 'RESUBMITTED')
                  AND coalesce(last_resubmission_date, publication_date) < ?""".formatted(properties.staleAfter()),
                Timestamp.from(now), Timestamp.from(now.minus(properties.staleAfter())));
        if (stale > 0) {
            log.warn("{} event publications reported no outcome within {}; they will be retried", stale,
                    properties.staleAfter());
        }
    }

    private void resubmitDue(Instant now) {
        List<UUID> due = jdbc.queryForList("""
                SELECT id FROM event_publication
                WHERE completion_date IS NULL AND status = 'FAILED' AND completion_attempts + 1 < ?
                  AND coalesce(last_failed_at, last_resubmission_date, publication_date)
                      + least(? * power(2, least(completion_attempts, 30)), ?) * interval '1 millisecond' <= ?
                ORDER BY publication_date LIMIT ?""", UUID.class, properties.maxAttempts(),
                properties.backoff().toMillis(), properties.maxBackoff().toMillis(), Timestamp.from(now),
                properties.batchSize());
        if (due.isEmpty()) {
            return;
        }
        Set<UUID> ids = new HashSet<>(due);
        log.info("Retrying {} failed event publications", ids.size());
        failed.resubmit(ResubmissionOptions.defaults().withBatchSize(properties.batchSize())
                .withFilter(publication -> ids.contains(publication.getIdentifier())));
    }
}
