package dev.comptoir.notifications;

import dev.comptoir.shared.events.Failures;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends an email once per delivery key, with no transaction open across the SMTP conversation (ADR
 * 0004). The key is claimed first by one auto-committed statement: a concurrent redelivery finds it
 * {@code sending} and is retried later, a redelivery after success finds it {@code sent} and sends
 * nothing. A failed send releases the claim and throws, so the outbox retries with backoff. Without
 * SMTP_HOST, emails are written to the log instead (but for the links they hold, which are secrets).
 */
@Component
class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);
    private final ObjectProvider<JavaMailSender> sender;
    private final JdbcTemplate jdbc;
    private final MailProperties properties;
    private final Clock clock;
    private final boolean smtpConfigured;

    Mailer(ObjectProvider<JavaMailSender> sender, JdbcTemplate jdbc, MailProperties properties, Clock clock,
            @Value("${spring.mail.host:}") String smtpHost) {
        this.sender = sender;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        // SMTP_HOST maps to spring.mail.host with an empty default, which still creates a sender
        this.smtpConfigured = !smtpHost.isBlank();
    }

    /**
     * {@code html} null: a plain-text email; otherwise multipart/alternative, the text first (what a
     * client without HTML shows) and the HTML after it (what the others prefer). {@code secret}: it holds
     * a single-use link, so without SMTP its content is not written to the log.
     */
    record Email(String key, String to, String subject, String text, String html, boolean secret) {

        Email(String key, String to, String subject, String text) {
            this(key, to, subject, text, null, false);
        }

        Email(String key, String to, MailTemplates.Rendered rendered) {
            this(key, to, rendered.subject(), rendered.text(), rendered.html(), false);
        }

        Email holdingSecret() {
            return new Email(key, to, subject, text, html, true);
        }
    }

    /** Another delivery of the same email is under way; the outbox tries again later. */
    static final class DeliveryInProgress extends RuntimeException {
        DeliveryInProgress(String key) {
            super("email " + key + " is being sent by another delivery");
        }
    }

    void send(Email email) {
        UUID claim = UUID.randomUUID();
        if (!claim(email, claim)) {
            return;
        }
        try {
            deliver(email);
        } catch (RuntimeException e) {
            jdbc.update("UPDATE email_deliveries SET status = 'failed', last_error = ? WHERE delivery_key = ? AND claim = ?",
                    Failures.describe(e), email.key(), claim);
            throw e;
        }
        jdbc.update("""
                UPDATE email_deliveries SET status = 'sent', sent_at = ?, last_error = NULL
                WHERE delivery_key = ? AND claim = ?""", Timestamp.from(clock.instant()), email.key(), claim);
    }

    /** True when this delivery may send: a new key, a failed one, or a claim abandoned by a crash. */
    private boolean claim(Email email, UUID claim) {
        Instant now = clock.instant();
        List<UUID> claimed = jdbc.queryForList("""
                INSERT INTO email_deliveries (delivery_key, recipient, subject, status, claim, claimed_at, attempts)
                VALUES (?, ?, ?, 'sending', ?, ?, 1)
                ON CONFLICT (delivery_key) DO UPDATE SET status = 'sending', claim = EXCLUDED.claim,
                    claimed_at = EXCLUDED.claimed_at, attempts = email_deliveries.attempts + 1
                WHERE email_deliveries.status = 'failed'
                   OR (email_deliveries.status = 'sending' AND email_deliveries.claimed_at < ?)
                RETURNING claim""", UUID.class, email.key(), email.to(), email.subject(), claim, Timestamp.from(now),
                Timestamp.from(now.minus(properties.claimTimeout())));
        if (!claimed.isEmpty()) {
            return true;
        }
        String status = jdbc.queryForObject("SELECT status FROM email_deliveries WHERE delivery_key = ?", String.class,
                email.key());
        if ("sent".equals(status)) {
            log.info("Email {} already sent; not sending again", email.key());
            return false;
        }
        throw new DeliveryInProgress(email.key());
    }

    private void deliver(Email email) {
        JavaMailSender smtp = smtpConfigured ? sender.getIfAvailable() : null;
        if (smtp == null) {
            log.info("Email (no SMTP_HOST configured) to {}: {}\n{}", email.to(), email.subject(),
                    email.secret() ? "(not logged: it holds a single-use link; set SMTP_HOST to send it)" : email.text());
            return;
        }
        smtp.send(mime -> {
            // MimeMessageHelper's setText(text, html) nests the alternative inside a mixed or related
            // part; a message with no attachments is one multipart/alternative, which is built here
            MimeMessageHelper headers = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
            headers.setFrom(properties.from());
            headers.setTo(email.to());
            headers.setSubject(email.subject());
            if (email.html() == null) {
                headers.setText(email.text());
                return;
            }
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(part(email.text(), "plain"));
            alternative.addBodyPart(part(email.html(), "html"));
            mime.setContent(alternative);
        });
    }

    private static MimeBodyPart part(String content, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(content, StandardCharsets.UTF_8.name(), subtype);
        return part;
    }
}
