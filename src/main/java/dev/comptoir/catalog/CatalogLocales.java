package dev.comptoir.catalog;

import dev.comptoir.markets.Market;
import dev.comptoir.markets.Markets;
import dev.comptoir.shared.error.BadRequestException;
import dev.comptoir.shared.error.Problems.FieldProblem;
import dev.comptoir.shared.i18n.Languages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Which language a storefront read is answered in, and which languages translations may be written
 * in. A read asks with the {@code locale} query parameter, else {@code Accept-Language}; only the
 * languages of the request's market are answered, the market's default language when none of them
 * fits (ADR 0011).
 */
@Component
public class CatalogLocales {

    /** The request attribute naming the language an answer is in ({@code Content-Language}). */
    public static final String ANSWERED = CatalogLocale.class.getName();
    /** The query parameter naming the language of a storefront read. */
    public static final String PARAMETER = "locale";
    /** A language tag as the {@code locale} parameter takes it: {@code fr}, {@code en-GB}. */
    public static final String TAG = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$";

    private static final Pattern TAG_PATTERN = Pattern.compile(TAG);

    private final Markets markets;

    CatalogLocales(Markets markets) {
        this.markets = markets;
    }

    /** The language of a storefront read, within the request's market (400 on a malformed {@code locale}). */
    public CatalogLocale negotiate(HttpServletRequest request) {
        return negotiate(markets.fromRequest(request), request.getParameter(PARAMETER),
                request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /**
     * The language of a read priced in {@code market}, which may not be the request's (a cart stays in its
     * own market when a request chooses none), negotiated from the request's {@code locale} and
     * {@code Accept-Language}; the answer says it in {@code Content-Language}.
     */
    public CatalogLocale negotiateIn(Market market, HttpServletRequest request) {
        CatalogLocale locale = negotiate(market, request.getParameter(PARAMETER),
                request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        request.setAttribute(ANSWERED, locale);
        return locale;
    }

    /** {@code requested} first (a tag), then {@code acceptLanguage}, among the market's languages. */
    public CatalogLocale negotiate(Market market, @Nullable String requested, @Nullable String acceptLanguage) {
        List<String> offered = market.locales();
        String fallback = market.defaultLocale();
        if (requested != null && !requested.isBlank()) {
            String tag = requested.strip();
            if (!TAG_PATTERN.matcher(tag).matches()) {
                throw new BadRequestException("invalid_data", "Invalid request: locale must be a language tag",
                        Map.of("errors", FieldProblem.single(PARAMETER, "must be a language tag such as fr or en-GB")));
            }
            String found = lookup(tag, offered);
            if (found != null) {
                return new CatalogLocale(found, fallback);
            }
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank() && acceptLanguage.length() <= 500) {
            try {
                String found = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), offered);
                if (found != null) {
                    return new CatalogLocale(found, fallback);
                }
            } catch (IllegalArgumentException malformed) {
                // a header we cannot read says nothing about the reader
            }
        }
        return new CatalogLocale(fallback, fallback);
    }

    /** A language read in the default market's terms (an email in the order's language). */
    public CatalogLocale of(@Nullable String language) {
        Market market = markets.defaultMarket();
        String found = language == null ? null : lookup(language, supported());
        return new CatalogLocale(found != null ? found : market.defaultLocale(), market.defaultLocale());
    }

    /**
     * The language a translation is written in: one of the markets' languages or those the shop writes
     * emails in, as a bare tag in any case ({@code FR} is {@code fr}); anything else is 400
     * {@code unsupported_locale}.
     */
    public String writable(String tag) {
        String language = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
        Set<String> supported = supported();
        if (!supported.contains(language)) {
            String shown = tag == null ? "" : tag.length() <= 40 ? tag : tag.substring(0, 40);
            throw new BadRequestException("unsupported_locale", "Translations are written in one of "
                    + String.join(", ", supported), Map.of("locale", shown, "supported", List.copyOf(supported)));
        }
        return language;
    }

    /** Every language some market sells in, and those of the emails. */
    public Set<String> supported() {
        Set<String> all = new LinkedHashSet<>();
        markets.all().forEach(m -> all.addAll(m.locales()));
        all.addAll(Languages.SUPPORTED);
        return all;
    }

    /** The languages markets fall back to: each one's default language. */
    public Set<String> fallbacks() {
        Set<String> all = new LinkedHashSet<>();
        markets.all().forEach(m -> all.add(m.defaultLocale()));
        return all;
    }

    private static String lookup(String tag, java.util.Collection<String> offered) {
        try {
            return Locale.lookupTag(Locale.LanguageRange.parse(tag), List.copyOf(offered));
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
