package dev.comptoir.shared.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.comptoir.support.SystemTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Completed event publications are deleted after OUTBOX_RETENTION; incomplete ones never are. */
@SystemTest
class RetentionSystemTests {

    @Autowired
    OutboxPurge purge;
    @Autowired
    JdbcTemplate jdbc;

    private UUID publication(Instant published, Instant completed) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date,
                    completion_date, status, completion_attempts)
                VALUES (?, 'test.Listener.on(test.Event)', 'test.Event', '{}', ?, ?, ?, 0)""", id,
                Timestamp.from(published), completed == null ? null : Timestamp.from(completed),
                completed == null ? "FAILED" : "COMPLETED");
        return id;
    }

    private boolean exists(UUID id) {
        return jdbc.queryForObject("SELECT count(*) FROM event_publication WHERE id = ?", Integer.class, id) == 1;
    }

    @Test
    void completedPublicationsOlderThanTheRetentionAreDeleted() {
        Instant now = Instant.now();
        UUID old = publication(now.minus(9, ChronoUnit.DAYS), now.minus(8, ChronoUnit.DAYS));
        UUID recent = publication(now.minus(2, ChronoUnit.DAYS), now.minus(1, ChronoUnit.DAYS));
        UUID oldButFailed = publication(now.minus(9, ChronoUnit.DAYS), null);
        try {
            purge.purge();
            assertThat(exists(old)).isFalse();
            assertThat(exists(recent)).isTrue();
            assertThat(exists(oldButFailed)).isTrue();
        } finally {
            jdbc.update("DELETE FROM event_publication WHERE id IN (?, ?, ?)", old, recent, oldButFailed);
        }
    }
}
