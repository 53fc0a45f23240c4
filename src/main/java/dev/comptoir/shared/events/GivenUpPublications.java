package dev.comptoir.shared.events;

import dev.comptoir.shared.alerts.StaffAlerts;
import dev.comptoir.shared.alerts.StaffAlerts.GivenUp;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves publications that failed their last attempt out of the registry into staff alerts, and puts
 * one back when staff ask for a retry. Out of the registry, they no longer take a place in Modulith's
 * batched reading of failed publications.
 */
@Component
public class GivenUpPublications {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ListenerKinds kinds;
    private final StaffAlerts alerts;
    private final FailedEventPublications failed;
    private final OutboxProperties properties;

    GivenUpPublications(JdbcTemplate jdbc, TransactionTemplate transaction, ListenerKinds kinds, StaffAlerts alerts,
            FailedEventPublications failed, OutboxProperties properties) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.kinds = kinds;
        this.alerts = alerts;
        this.failed = failed;
        this.properties = properties;
    }

    void moveToAlerts() {
        List<GivenUp> found = jdbc.query("""
                SELECT id, listener_id, event_type, serialized_event, publication_date, completion_attempts,
                       last_resubmission_date, last_failed_at, last_error
                FROM event_publication
                WHERE completion_date IS NULL AND status = 'FAILED' AND completion_attempts + 1 >= ?
                ORDER BY publication_date LIMIT 100""", (rs, row) -> {
            String listener = rs.getString("listener_id");
            Instant published = rs.getTimestamp("publication_date").toInstant();
            Timestamp failedAt = rs.getTimestamp("last_failed_at");
            Timestamp resubmittedAt = rs.getTimestamp("last_resubmission_date");
            Instant last = failedAt != null ? failedAt.toInstant()
                    : resubmittedAt != null ? resubmittedAt.toInstant() : published;
            return new GivenUp(rs.getObject("id", UUID.class), kinds.kindOf(listener), listener,
                    rs.getString("event_type"), rs.getString("serialized_event"), published, last,
                    rs.getInt("completion_attempts") + 1, rs.getString("last_error"));
        }, properties.maxAttempts());
        for (GivenUp publication : found) {
            transaction.executeWithoutResult(status -> {
                // the conditional delete decides, should a retry have started it again meanwhile
                if (jdbc.update("DELETE FROM event_publication WHERE id = ? AND status = 'FAILED'",
                        publication.publicationId()) == 1) {
                    alerts.gaveUp(publication);
                }
            });
        }
    }

    /**
     * Puts a given-up publication back with one attempt left and resubmits it now; if it fails again,
     * it gives up again and reopens its alert.
     */
    public void putBack(UUID publicationId, String listenerId, String eventType, String serializedEvent,
            Instant publishedAt) {
        jdbc.update("""
                INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date,
                    status, completion_attempts)
                VALUES (?, ?, ?, ?, ?, 'FAILED', ?) ON CONFLICT (id) DO NOTHING""", publicationId, listenerId,
                eventType, serializedEvent, Timestamp.from(publishedAt), Math.max(0, properties.maxAttempts() - 2));
        failed.resubmit(ResubmissionOptions.defaults().withBatchSize(properties.batchSize())
                .withFilter(publication -> publication.getIdentifier().equals(publicationId)));
    }
}
