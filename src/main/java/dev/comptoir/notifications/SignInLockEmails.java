package dev.comptoir.notifications;

import dev.comptoir.customers.CustomerSignInLocked;
import dev.comptoir.notifications.Mailer.Email;
import dev.comptoir.shared.alerts.AlertKinds;
import dev.comptoir.shared.events.OutsideEffect;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Tells an account's holder that its sign-in was locked after failed logins: once per lock (the
 * delivery key names it), never per attempt; in the account's language.
 */
@Component
class SignInLockEmails {

    private final Mailer mailer;
    private final MailTemplates templates;

    SignInLockEmails(Mailer mailer, MailTemplates templates) {
        this.mailer = mailer;
        this.templates = templates;
    }

    @OutsideEffect(AlertKinds.EMAIL_NOT_SENT)
    void on(CustomerSignInLocked event) {
        mailer.send(new Email("sign-in-locked:" + event.userId() + ":" + event.lockedUntil().toEpochMilli(),
                event.email(), templates.render("sign-in-locked", event.locale(), Map.of(
                        "failedAttempts", event.failedAttempts(),
                        "lockedUntil", Formats.moment(event.lockedUntil(), templates.locale(event.locale()))))));
    }
}
