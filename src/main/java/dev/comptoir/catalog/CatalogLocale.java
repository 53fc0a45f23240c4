package dev.comptoir.catalog;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The language a catalog read is answered in ({@code locale}) and the one a missing translation falls
 * back to ({@code fallback}: the market's default language). A text missing in both is the base text,
 * the one on the product or category itself (ADR 0011).
 */
public record CatalogLocale(String locale, String fallback) {

    /** The languages to look in, in order: the requested one, then the fallback. */
    public List<String> chain() {
        return locale.equals(fallback) ? List.of(locale) : List.of(locale, fallback);
    }

    /**
     * One text field, field by field: the first translation in {@link #chain()} that has it, else
     * {@code base}. {@code translations} are by language.
     */
    public <T> String text(Map<String, T> translations, Function<T, String> field, String base) {
        if (!translations.isEmpty()) {
            for (String language : chain()) {
                T translation = translations.get(language);
                String value = translation == null ? null : field.apply(translation);
                if (value != null) {
                    return value;
                }
            }
        }
        return base;
    }
}
