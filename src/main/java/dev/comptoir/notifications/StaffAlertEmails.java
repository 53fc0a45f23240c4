package dev.comptoir.notifications;

import dev.comptoir.notifications.Mailer.Email;
import dev.comptoir.shared.alerts.AlertKinds;
import dev.comptoir.shared.alerts.StaffAlertRaised;
import dev.comptoir.shared.events.OutsideEffect;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells the shop's staff ({@code STAFF_EMAIL}) that something needs them, in {@code DEFAULT_LOCALE}.
 * An alert about this very email (the mail server is down) is not mailed again: it stays in the
 * alert list.
 */
@Component
class StaffAlertEmails {

    private static final Logger log = LoggerFactory.getLogger(StaffAlertEmails.class);
    private final Mailer mailer;
    private final MailTemplates templates;
    private final MailProperties properties;

    StaffAlertEmails(Mailer mailer, MailTemplates templates, MailProperties properties) {
        this.mailer = mailer;
        this.templates = templates;
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
        Map<String, Object> variables = new HashMap<>();
        variables.put("summary", event.summary());
        variables.put("kind", event.kind());
        variables.put("about", event.subjectType() == null ? "-" : event.subjectType() + " " + event.subjectId());
        variables.put("attempts", event.attempts());
        variables.put("lastError", event.lastError() == null ? "-" : event.lastError());
        variables.put("alertId", event.alertId());
        mailer.send(new Email("staff-alert:" + event.alertId() + ":" + event.attempts(), properties.staffEmail(),
                templates.render("staff-alert", null, variables, event.summary())));
    }
}
