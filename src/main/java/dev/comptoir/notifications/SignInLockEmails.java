package dev.comptoir.notifications;

import dev.comptoir.customers.CustomerSignInLocked;
import dev.comptoir.notifications.Mailer.Email;
import dev.comptoir.shared.alerts.AlertKinds;
import dev.comptoir.shared.events.OutsideEffect;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * Tells an account's holder that its sign-in was locked after failed logins: once per lock (the
 * delivery key names it), never per attempt.
 */
@Component
class SignInLockEmails {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Mailer mailer;

    SignInLockEmails(Mailer mailer) {
        this.mailer = mailer;
    }

    @OutsideEffect(AlertKinds.EMAIL_NOT_SENT)
    void on(CustomerSignInLocked event) {
        mailer.send(new Email("sign-in-locked:" + event.userId() + ":" + event.lockedUntil().toEpochMilli(),
                event.email(), "Sign-in to your account is paused after failed attempts",
                """
                Someone tried to sign in to your account with a wrong password %d times in a row.

                To protect it, sign-in is paused until %s; every further wrong password pauses it longer.
                Your password still works once the pause is over.

                If this was you, wait and try again. If it was not, nobody got in: your password was not
                accepted. Choose a new one if you use it anywhere else.
                """.formatted(event.failedAttempts(), TIME.format(event.lockedUntil()))));
    }
}
