package dev.comptoir.notifications;

import dev.comptoir.shared.InvalidConfigurationException;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code MAIL_FROM}: the sender of every email; {@code STAFF_EMAIL}: where staff alerts go (none: they
 * are only logged and listed); {@code SMTP_TIMEOUT}: the connect, read and write timeout of the SMTP
 * conversation; a delivery claimed longer than {@code claimTimeout} ago (a crash mid-send) may be
 * taken over; sent emails are remembered {@code logRetention} ({@code EMAIL_LOG_RETENTION}).
 */
@ConfigurationProperties("comptoir.mail")
record MailProperties(@DefaultValue("Comptoir <no-reply@comptoir.local>") String from, String staffEmail,
        @DefaultValue("10s") Duration timeout, @DefaultValue("5m") Duration claimTimeout,
        @DefaultValue("90d") Duration logRetention) {

    MailProperties {
        if (timeout.toMillis() < 100 || timeout.toMinutes() > 5) {
            throw new InvalidConfigurationException("SMTP_TIMEOUT", "must be between 100ms and 5m");
        }
        if (claimTimeout.compareTo(timeout.multipliedBy(6)) < 0) {
            throw new InvalidConfigurationException("comptoir.mail.claim-timeout",
                    "must be at least six times SMTP_TIMEOUT (the longest SMTP conversation)");
        }
        if (logRetention.toDays() < 1) {
            throw new InvalidConfigurationException("EMAIL_LOG_RETENTION", "must be at least 1d");
        }
        staffEmail = staffEmail == null || staffEmail.isBlank() ? null : staffEmail.trim();
    }
}
