package dev.comptoir.shared.i18n;

import dev.comptoir.shared.InvalidConfigurationException;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code DEFAULT_LOCALE}: the language of an email when the reader's is unknown or unsupported. */
@ConfigurationProperties("comptoir.locale")
record LocaleProperties(@DefaultValue("en") String defaultLocale) {

    LocaleProperties {
        defaultLocale = defaultLocale.strip().toLowerCase(Locale.ROOT);
        if (!Languages.SUPPORTED.contains(defaultLocale)) {
            throw new InvalidConfigurationException("DEFAULT_LOCALE",
                    "must be one of " + Languages.SUPPORTED + " (got " + defaultLocale + ")");
        }
    }
}
