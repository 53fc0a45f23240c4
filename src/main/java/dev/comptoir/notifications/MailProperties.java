package dev.comptoir.notifications;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code MAIL_FROM}: the sender of every email. */
@ConfigurationProperties("comptoir.mail")
record MailProperties(@DefaultValue("Comptoir <no-reply@comptoir.local>") String from) {}
