package dev.comptoir.notifications;

import dev.comptoir.shared.i18n.Languages;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders an email in the reader's language from its Thymeleaf templates: {@code mail/html/<name>.html}
 * and {@code mail/text/<name>.txt}, both reading {@code mail/messages[_fr].properties}; the subject is
 * the message {@code <name>.subject}. Kept apart from Spring MVC (no view resolver), loaded once.
 */
@Component
class MailTemplates {

    record Rendered(String subject, String text, String html) {}

    private final MessageSource messages = messages();
    private final SpringTemplateEngine html = engine(TemplateMode.HTML, "mail/", ".html", messages);
    private final SpringTemplateEngine text = engine(TemplateMode.TEXT, "mail/text/", ".txt", messages);
    private final Languages languages;
    private final String shop;

    MailTemplates(Languages languages, MailProperties properties) {
        this.languages = languages;
        this.shop = shopName(properties.from());
    }

    /**
     * {@code language}: a stored language tag (null or unknown: {@code DEFAULT_LOCALE}); {@code
     * subjectArguments} fill the subject's placeholders.
     */
    Rendered render(String name, String language, Map<String, Object> variables, Object... subjectArguments) {
        Locale locale = languages.locale(language);
        String subject = messages.getMessage(name + ".subject", subjectArguments, locale);
        Map<String, Object> all = new HashMap<>(variables);
        all.put("subject", subject);
        all.put("shop", shop);
        Context context = new Context(locale, all);
        return new Rendered(subject, text.process(name, context).strip() + "\n", html.process("html/" + name, context));
    }

    Locale locale(String language) {
        return languages.locale(language);
    }

    /** One message in the reader's language; {@code fallback} when the bundle has no such key. */
    String message(String key, String fallback, String language) {
        return messages.getMessage(key, null, fallback, languages.locale(language));
    }

    private static MessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("mail/messages");
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        // English is the bundle without suffix: never fall back to the JVM's own language
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
        return source;
    }

    private static SpringTemplateEngine engine(TemplateMode mode, String prefix, String suffix, MessageSource messages) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix(prefix);
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }

    /** The display name of MAIL_FROM ("Comptoir <no-reply@...>" → "Comptoir"), else "Comptoir". */
    private static String shopName(String from) {
        try {
            String personal = new InternetAddress(from).getPersonal();
            return personal == null || personal.isBlank() ? "Comptoir" : personal;
        } catch (AddressException e) {
            return "Comptoir";
        }
    }
}
