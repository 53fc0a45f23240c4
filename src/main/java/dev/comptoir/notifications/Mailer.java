package dev.comptoir.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends an email once per delivery key. The key row is written first, in the listener's
 * transaction: a concurrent redelivery waits on it and then sends nothing; a failed send rolls it
 * back, so the outbox retries. Without SMTP_HOST, emails are written to the log instead.
 */
@Component
class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);
    private final ObjectProvider<JavaMailSender> sender;
    private final JdbcTemplate jdbc;
    private final MailProperties properties;
    private final boolean smtpConfigured;

    Mailer(ObjectProvider<JavaMailSender> sender, JdbcTemplate jdbc, MailProperties properties,
            @Value("${spring.mail.host:}") String smtpHost) {
        this.sender = sender;
        this.jdbc = jdbc;
        this.properties = properties;
        // SMTP_HOST maps to spring.mail.host with an empty default, which still creates a sender
        this.smtpConfigured = !smtpHost.isBlank();
    }

    record Email(String key, String to, String subject, String body) {}

    @Transactional(propagation = Propagation.MANDATORY)
    void send(Email email) {
        int fresh = jdbc.update("INSERT INTO email_deliveries (delivery_key, recipient, subject) VALUES (?, ?, ?) "
                + "ON CONFLICT DO NOTHING", email.key(), email.to(), email.subject());
        if (fresh == 0) {
            log.info("Email {} already sent; not sending again", email.key());
            return;
        }
        JavaMailSender smtp = smtpConfigured ? sender.getIfAvailable() : null;
        if (smtp == null) {
            log.info("Email (no SMTP_HOST configured) to {}: {}\n{}", email.to(), email.subject(), email.body());
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(email.to());
        message.setSubject(email.subject());
        message.setText(email.body());
        smtp.send(message);
    }
}
