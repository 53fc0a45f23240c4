package dev.comptoir.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import dev.comptoir.support.SystemTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Email delivery keys are kept EMAIL_LOG_RETENTION (90 days), then deleted. */
@SystemTest
class EmailLogPurgeSystemTests {

    @Autowired
    EmailLogPurge purge;
    @Autowired
    JdbcTemplate jdbc;

    private String delivery(Instant sentAt) {
        String key = "test:" + UUID.randomUUID();
        jdbc.update("INSERT INTO email_deliveries (delivery_key, recipient, subject, status, sent_at) "
                + "VALUES (?, 'a@example.test', 's', 'sent', ?)", key, Timestamp.from(sentAt));
        return key;
    }

    @Test
    void deliveryKeysOlderThanTheRetentionAreDeleted() {
        String old = delivery(Instant.now().minus(91, ChronoUnit.DAYS));
        String recent = delivery(Instant.now().minus(89, ChronoUnit.DAYS));
        purge.purge();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM email_deliveries WHERE delivery_key IN (?, ?)",
                Integer.class, old, recent)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM email_deliveries WHERE delivery_key = ?", Integer.class,
                recent)).isEqualTo(1);
    }
}
