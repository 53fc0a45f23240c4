package dev.comptoir.shared.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The languages customers are written to in: those the email templates exist in. A customer's
 * language is a bare language tag ({@code fr}, {@code en}); a regional variant ({@code fr-CA}) is
 * that language. {@code DEFAULT_LOCALE} is used when nothing better is known (no or an unsupported
 * {@code Accept-Language}, an order placed before languages were stored).
 */
@Component
public class Languages {

    /** Every language the email templates are written in. */
    public static final List<String> SUPPORTED = List.of("en", "fr");

    private final String defaultLanguage;

    Languages(LocaleProperties properties) {
        this.defaultLanguage = properties.defaultLocale();
    }

    public String defaultLanguage() {
        return defaultLanguage;
    }

    /**
     * The best supported language of an {@code Accept-Language} header, by its weights; the default
     * when there is none, none is supported or the header is malformed.
     */
    public String fromAcceptLanguage(String header) {
        if (header == null || header.isBlank() || header.length() > 500) {
            return defaultLanguage;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                Optional<String> language = supported(range.getRange());
                if (language.isPresent()) {
                    return language.get();
                }
            }
        } catch (IllegalArgumentException malformed) {
            // a header we cannot read says nothing about the reader
        }
        return defaultLanguage;
    }

    /** The supported language a tag names ({@code fr-CA} → {@code fr}), if it is one. */
    public Optional<String> supported(String tag) {
        if (tag == null || tag.isBlank() || "*".equals(tag.strip())) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return SUPPORTED.contains(language) ? Optional.of(language) : Optional.empty();
    }

    /** {@code tag} when it is exactly one of {@link #SUPPORTED} (any case): what a customer may choose. */
    public Optional<String> exactly(String tag) {
        String language = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
        return SUPPORTED.contains(language) ? Optional.of(language) : Optional.empty();
    }

    /** A stored language, or the default for none (rows and events from before languages). */
    public Locale locale(String stored) {
        return Locale.forLanguageTag(supported(stored).orElse(defaultLanguage));
    }
}
