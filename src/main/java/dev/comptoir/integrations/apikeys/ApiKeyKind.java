package dev.comptoir.integrations.apikeys;

import dev.comptoir.shared.security.ApiKey;
import java.util.Locale;

/** The two kinds of key, as stored and as the API spells them. */
enum ApiKeyKind {
    PUBLISHABLE, SECRET;

    String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ApiKeyKind of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    ApiKey.Kind shared() {
        return this == SECRET ? ApiKey.Kind.SECRET : ApiKey.Kind.PUBLISHABLE;
    }
}
