package dev.comptoir.notifications;

import dev.comptoir.notifications.Mailer.Email;
import dev.comptoir.shared.alerts.AlertKinds;
import dev.comptoir.shared.alerts.StaffAlertRaised;
import dev.comptoir.shared.events.OutsideEffect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells the shop's staff ({@code STAFF_EMAIL}) that something needs them. An alert about this very
 * email (the mail server is down) is not mailed again: it stays in the alert list.
 */
@Component
class StaffAlertEmails {

    private static final Logger log = LoggerFactory.getLogger(StaffAlertEmails.class);
    private final Mailer mailer;
    private final MailProperties properties;

    StaffAlertEmails(Mailer mailer, MailProperties properties) {
        this.mailer = mailer;
        this.properties = properties;
    }

    @OutsideEffect(AlertKinds.EMAIL_NOT_SENT)
    void on(StaffAlertRaised event) {
        if (event.listenerId() != null && event.listenerId().startsWith(StaffAlertEmails.class.getName() + ".")) {
            return;
        }
        if (properties.staffEmail() == null) {
            log.info("Staff alert {} not emailed: STAFF_EMAIL is not set", event.alertId());
            return;
        }
        mailer.send(new Email("staff-alert:" + event.alertId() + ":" + event.attempts(), properties.staffEmail(),
                "[Comptoir] " + event.summary(),
                """
                %s

                Kind: %s
                Subject: %s
                Attempts: %d
                Last error: %s

                Retry or resolve it from GET /api/admin/alerts (alert %s).
                """.formatted(event.summary(), event.kind(),
                        event.subjectType() == null ? "-" : event.subjectType() + " " + event.subjectId(),
                        event.attempts(), event.lastError() == null ? "-" : event.lastError(), event.alertId())));
    }
}
