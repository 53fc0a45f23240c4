package dev.comptoir.notifications;

import dev.comptoir.customers.CustomerService;
import dev.comptoir.customers.EmailChangeRequested;
import dev.comptoir.customers.EmailVerificationRequested;
import dev.comptoir.customers.PasswordResetRequested;
import dev.comptoir.customers.RegistrationAttempted;
import dev.comptoir.notifications.Mailer.Email;
import dev.comptoir.shared.alerts.AlertKinds;
import dev.comptoir.shared.events.OutsideEffect;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The account lifecycle's emails (ADR 0006), in the account's language. A link's token is derived
 * here from the id its event carries; it is in the email and nowhere else. Each email has its
 * delivery key, so a redelivered event sends nothing twice.
 */
@Component
class AccountEmails {

    private final Mailer mailer;
    private final MailTemplates templates;
    private final CustomerService customers;
    private final LinkProperties links;

    AccountEmails(Mailer mailer, MailTemplates templates, CustomerService customers, LinkProperties links) {
        this.mailer = mailer;
        this.templates = templates;
        this.customers = customers;
        this.links = links;
    }

    @OutsideEffect(AlertKinds.EMAIL_NOT_SENT)
    void on(EmailVerificationRequested event) {
        Map<String, Object> variables = link(event.tokenId(), links.emailVerification(), event.locale(),
                event.expiresAt());
        variables.put("firstName", event.firstName());
        variables.put("welcome", event.welcome());
        mailer.send(new Email("email-verification:" + event.tokenId(), event.email(),
                templates.render("email-verification", event.locale(), variables)).holdingSecret());
    }

    @OutsideEffect(AlertKinds.EMAIL_NOT_SENT)
    void on(PasswordResetRequested event) {
        Map<String, Object> variables = link(event.tokenId(), links.passwordReset(), event.locale(), event.expiresAt());
        variables.put("firstName", event.firstName());
        mailer.send(new Email("password-reset:" + event.tokenId(), event.email(),
                templates.render("password-reset", event.locale(), variables)).holdingSecret());
    }

    /** The notice to the current address first, then the link to the new one (none if it is taken). */
    @OutsideEffect(AlertKinds.EMAIL_NOT_SENT)
    void on(EmailChangeRequested event) {
        Map<String, Object> notice = new HashMap<>();
        notice.put("firstName", event.firstName());
        notice.put("newEmail", event.newEmail());
        notice.put("requestedAt", Formats.moment(event.at(), templates.locale(event.locale())));
        mailer.send(new Email("email-change-notice:" + event.requestId(), event.oldEmail(),
                templates.render("email-change-notice", event.locale(), notice)));
        if (event.tokenId() == null) {
            return;
        }
        Map<String, Object> confirm = link(event.tokenId(), links.emailChange(), event.locale(), event.expiresAt());
        confirm.put("firstName", event.firstName());
        confirm.put("newEmail", event.newEmail());
        mailer.send(new Email("email-change:" + event.tokenId(), event.newEmail(),
                templates.render("email-change-confirm", event.locale(), confirm)).holdingSecret());
    }

    /** At most one a day per account: nobody can flood a customer's mailbox by registering its address. */
    @OutsideEffect(AlertKinds.EMAIL_NOT_SENT)
    void on(RegistrationAttempted event) {
        LocalDate day = LocalDate.ofInstant(event.at(), ZoneOffset.UTC);
        Map<String, Object> variables = new HashMap<>();
        variables.put("firstName", event.firstName());
        variables.put("email", event.email());
        mailer.send(new Email("registration-attempt:" + event.userId() + ":" + day, event.email(),
                templates.render("registration-attempt", event.locale(), variables)));
    }

    /** {@code token}, its {@code link} on the storefront (null without STOREFRONT_URL) and when it expires. */
    private Map<String, Object> link(UUID tokenId, String path, String language, Instant expiresAt) {
        String token = customers.emailedToken(tokenId);
        Map<String, Object> variables = new HashMap<>();
        variables.put("token", token);
        variables.put("link", links.storefrontUrl() == null ? null
                : links.storefrontUrl() + path.replace("{token}", token));
        variables.put("expires", Formats.moment(expiresAt, templates.locale(language)));
        return variables;
    }
}
