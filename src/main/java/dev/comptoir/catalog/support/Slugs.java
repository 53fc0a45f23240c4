package dev.comptoir.catalog.support;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL slugs: "Électroménager & Cuisine" → "electromenager-cuisine". */
public final class Slugs {

    public static final String PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$";
    private static final Pattern UUID_LIKE =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private Slugs() {}

    /** Folds accents and ligatures, lower-cases, and joins words with single dashes; never empty. */
    public static String from(String text, String fallback, int maxLength) {
        String s = text == null ? "" : text.toLowerCase(Locale.ROOT)
                .replace("œ", "oe").replace("æ", "ae").replace("ß", "ss").replace("ø", "o").replace("ł", "l")
                .replace("đ", "d").replace("&", " ");
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        s = NON_ALNUM.matcher(s).replaceAll("-").replaceAll("^-+|-+$", "");
        if (s.length() > maxLength) {
            s = s.substring(0, maxLength).replaceAll("-+$", "");
        }
        return s.isEmpty() ? fallback : s;
    }

    /** A slug that looks like a UUID would make {@code /{idOrSlug}} ambiguous. */
    public static boolean looksLikeUuid(String value) {
        return UUID_LIKE.matcher(value).matches();
    }

    public static java.util.Optional<java.util.UUID> asUuid(String idOrSlug) {
        return looksLikeUuid(idOrSlug) ? java.util.Optional.of(java.util.UUID.fromString(idOrSlug))
                : java.util.Optional.empty();
    }
}
