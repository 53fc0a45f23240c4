package dev.comptoir.shared.alerts;

import static dev.comptoir.shared.db.Columns.instant;

import dev.comptoir.shared.alerts.StaffAlert.Subject;
import dev.comptoir.shared.error.ConflictException;
import dev.comptoir.shared.error.NotFoundException;
import dev.comptoir.shared.web.PageQuery;
import dev.comptoir.shared.web.PageResponse;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff alerts (ADR 0004): one row per thing that gave up or needs a decision, unique by kind and
 * {@code ref} (a publication id, a refund id), so that a failure seen again updates its alert instead
 * of adding one. Opening an alert publishes {@link StaffAlertRaised}, which emails the staff.
 */
@Service
public class StaffAlerts {

    private static final Logger log = LoggerFactory.getLogger(StaffAlerts.class);
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<AlertRetrier> retriers;
    private final AlertSubjects subjects;
    private final Clock clock;

    StaffAlerts(JdbcTemplate jdbc, ApplicationEventPublisher events, ObjectProvider<AlertRetrier> retriers,
            AlertSubjects subjects, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.retriers = retriers;
        this.subjects = subjects;
        this.clock = clock;
    }

    /** A domain alert: {@code ref} identifies what it is about within its kind (e.g. the refund id). */
    public record Raise(String kind, String ref, Subject subject, String summary, String lastError,
            Instant firstAttemptAt, int attempts) {}

    /** An event publication that failed its last attempt, with the registry's copy of it. */
    public record GivenUp(UUID publicationId, String kind, String listenerId, String eventType,
            String serializedEvent, Instant firstAttemptAt, Instant lastAttemptAt, int attempts, String lastError) {}

    /** The registry's copy of a given-up publication, to put it back. */
    public record StoredPublication(UUID publicationId, String listenerId, String eventType, String serializedEvent,
            Instant publishedAt) {}

    @Transactional
    public void raise(Raise alert) {
        Instant now = clock.instant();
        upsert(alert.kind(), alert.ref(), alert.subject(), alert.summary(), alert.lastError(),
                alert.firstAttemptAt(), now, alert.attempts(), null);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void gaveUp(GivenUp publication) {
        Subject subject = subjects.of(publication.serializedEvent());
        String summary = AlertKinds.label(publication.kind()) + " (" + simpleName(publication.eventType())
                + " for " + AlertSubjects.describe(subject) + ") after " + publication.attempts() + " attempts";
        upsert(publication.kind(), publication.publicationId().toString(), subject, summary, publication.lastError(),
                publication.firstAttemptAt(), publication.lastAttemptAt(), publication.attempts(), publication);
    }

    /** The domain fixed itself (a refund that succeeded after all): the open alert is closed. */
    @Transactional
    public void resolveAutomatically(String kind, String ref, String note) {
        jdbc.update("""
                UPDATE staff_alerts SET status = 'resolved', handled_at = ?, handled_by = 'system', note = ?,
                    updated_at = ?
                WHERE kind = ? AND ref = ? AND status <> 'resolved'""", Timestamp.from(clock.instant()), note,
                Timestamp.from(clock.instant()), kind, ref);
    }

    @Transactional(readOnly = true)
    public PageResponse<StaffAlert> list(String status, String kind, PageQuery page) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (status != null) {
            where.append(" AND status = ?");
            args.add(status);
        }
        if (kind != null) {
            where.append(" AND kind = ?");
            args.add(kind);
        }
        long total = jdbc.queryForObject("SELECT count(*) FROM staff_alerts" + where, Long.class, args.toArray());
        args.add(page.limitOrDefault());
        args.add((long) (page.pageOrDefault() - 1) * page.limitOrDefault());
        List<StaffAlert> rows = jdbc.query("SELECT * FROM staff_alerts" + where
                + " ORDER BY last_attempt_at DESC, id LIMIT ? OFFSET ?", this::alert, args.toArray());
        return PageResponse.of(rows, page.pageOrDefault(), page.limitOrDefault(), total);
    }

    @Transactional(readOnly = true)
    public StaffAlert get(UUID id) {
        return find(id).orElseThrow(StaffAlerts::notFound);
    }

    /** Starts a retry of an open alert; it is then {@code retried} until it succeeds or fails again. */
    public StaffAlert retry(UUID id, String by) {
        StaffAlert alert = get(id);
        if (!StaffAlert.OPEN.equals(alert.status())) {
            throw new ConflictException("alert_not_open", "Only an open alert can be retried (this one is "
                    + alert.status() + ")", Map.of("alertStatus", alert.status()));
        }
        AlertRetrier retrier = retriers.orderedStream().filter(r -> r.canRetry(alert)).findFirst()
                .orElseThrow(() -> new ConflictException("alert_not_retryable",
                        "Nothing can be retried for this alert; resolve it once handled"));
        retrier.retry(alert);
        Instant now = clock.instant();
        jdbc.update("""
                UPDATE staff_alerts SET status = 'retried', handled_at = ?, handled_by = ?, updated_at = ?
                WHERE id = ? AND status = 'open'""", Timestamp.from(now), by, Timestamp.from(now), id);
        log.info("Staff alert {} ({}) retried by {}", id, alert.kind(), by);
        return get(id);
    }

    @Transactional
    public StaffAlert resolve(UUID id, String by, String note) {
        StaffAlert alert = get(id);
        if (StaffAlert.RESOLVED.equals(alert.status())) {
            return alert;
        }
        Instant now = clock.instant();
        jdbc.update("""
                UPDATE staff_alerts SET status = 'resolved', handled_at = ?, handled_by = ?, note = ?, updated_at = ?
                WHERE id = ?""", Timestamp.from(now), by, note, Timestamp.from(now), id);
        return get(id);
    }

    @Transactional(readOnly = true)
    public Optional<StoredPublication> storedPublication(UUID alertId) {
        return jdbc.query("""
                SELECT ref, listener_id, event_type, serialized_event, publication_date FROM staff_alerts
                WHERE id = ? AND listener_id IS NOT NULL""", (rs, row) -> new StoredPublication(
                UUID.fromString(rs.getString("ref")), rs.getString("listener_id"), rs.getString("event_type"),
                rs.getString("serialized_event"), rs.getTimestamp("publication_date").toInstant()), alertId)
                .stream().findFirst();
    }

    /**
     * Opens the alert, or updates it: an alert seen again after a retry is opened again with one more
     * attempt. {@link StaffAlertRaised} only when it was not open already.
     */
    private void upsert(String kind, String ref, Subject subject, String summary, String lastError, Instant first,
            Instant last, int attempts, GivenUp publication) {
        Instant now = clock.instant();
        Map<String, Object> before = jdbc.query("SELECT id, status, attempts FROM staff_alerts WHERE kind = ? AND ref = ? "
                + "FOR UPDATE", rs -> rs.next() ? Map.<String, Object>of("id", rs.getObject("id", UUID.class),
                        "status", rs.getString("status"), "attempts", rs.getInt("attempts")) : null, kind, ref);
        UUID id;
        if (before == null) {
            id = UUID.randomUUID();
            jdbc.update("""
                    INSERT INTO staff_alerts (id, kind, ref, subject_type, subject_id, summary, status, attempts,
                        first_attempt_at, last_attempt_at, last_error, listener_id, event_type, serialized_event,
                        publication_date, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", id, kind, ref,
                    subject == null ? null : subject.type(), subject == null ? null : subject.id(), cut(summary, 500),
                    attempts, Timestamp.from(first), Timestamp.from(last), cut(lastError, 1000),
                    publication == null ? null : publication.listenerId(),
                    publication == null ? null : publication.eventType(),
                    publication == null ? null : publication.serializedEvent(),
                    publication == null ? null : Timestamp.from(publication.firstAttemptAt()), Timestamp.from(now),
                    Timestamp.from(now));
        } else {
            id = (UUID) before.get("id");
            boolean reopened = !StaffAlert.OPEN.equals(before.get("status"));
            jdbc.update("""
                    UPDATE staff_alerts SET status = 'open', summary = ?, last_attempt_at = ?, last_error = ?,
                        attempts = ?, updated_at = ?, handled_at = NULL, handled_by = NULL, note = NULL
                    WHERE id = ?""", cut(summary, 500), Timestamp.from(last), cut(lastError, 1000),
                    reopened ? (int) before.get("attempts") + 1 : Math.max(attempts, (int) before.get("attempts")),
                    Timestamp.from(now), id);
            if (!reopened) {
                return;
            }
        }
        log.warn("Staff alert {}: {} — {}", kind, summary, lastError == null ? "no error recorded" : lastError);
        events.publishEvent(new StaffAlertRaised(id, kind, summary, subject == null ? null : subject.type(),
                subject == null ? null : subject.id(), attempts, lastError,
                publication == null ? null : publication.listenerId()));
    }

    private Optional<StaffAlert> find(UUID id) {
        return jdbc.query("SELECT * FROM staff_alerts WHERE id = ?", this::alert, id).stream().findFirst();
    }

    private StaffAlert alert(ResultSet rs, int row) throws SQLException {
        String subjectType = rs.getString("subject_type");
        StaffAlert alert = new StaffAlert(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("status"),
                rs.getString("summary"), subjectType == null ? null : new Subject(subjectType, rs.getString("subject_id")),
                rs.getInt("attempts"), instant(rs, "first_attempt_at"), instant(rs, "last_attempt_at"),
                rs.getString("last_error"), false, rs.getString("ref"), rs.getString("listener_id"),
                simpleName(rs.getString("event_type")), instant(rs, "created_at"), instant(rs, "updated_at"),
                instant(rs, "handled_at"), rs.getString("handled_by"), rs.getString("note"));
        return alert.withRetryable(StaffAlert.OPEN.equals(alert.status())
                && retriers.orderedStream().anyMatch(r -> r.canRetry(alert)));
    }


    private static String simpleName(String type) {
        return type == null ? null : type.substring(type.lastIndexOf('.') + 1);
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    private static NotFoundException notFound() {
        return new NotFoundException("alert_not_found", "No such alert");
    }
}
