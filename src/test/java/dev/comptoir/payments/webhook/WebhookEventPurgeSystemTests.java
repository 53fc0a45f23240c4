package dev.comptoir.payments.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.comptoir.support.SystemTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Processed Stripe event ids are kept WEBHOOK_EVENTS_RETENTION (30 days), then deleted. */
@SystemTest
class WebhookEventPurgeSystemTests {

    @Autowired
    WebhookEventPurge purge;
    @Autowired
    JdbcTemplate jdbc;

    private String event(Instant receivedAt) {
        String id = "evt_test_" + UUID.randomUUID();
        jdbc.update("INSERT INTO processed_webhook_events (event_id, type, received_at) VALUES (?, 'test', ?)", id,
                Timestamp.from(receivedAt));
        return id;
    }

    @Test
    void processedEventIdsOlderThanTheRetentionAreDeleted() {
        String old = event(Instant.now().minus(31, ChronoUnit.DAYS));
        String recent = event(Instant.now().minus(29, ChronoUnit.DAYS));
        purge.purge();
        assertThat(jdbc.queryForList("SELECT event_id FROM processed_webhook_events WHERE event_id IN (?, ?)",
                String.class, old, recent)).containsExactly(recent);
    }
}
