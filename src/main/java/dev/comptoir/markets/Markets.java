package dev.comptoir.markets;

import dev.comptoir.pricing.DefaultMarketPricing;
import dev.comptoir.pricing.PriceContext;
import dev.comptoir.pricing.PricingService;
import dev.comptoir.pricing.ShippingZone;
import dev.comptoir.shared.error.BadRequestException;
import dev.comptoir.shared.i18n.Languages;
import dev.comptoir.shared.security.ApiKey;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The markets the shop sells in, and which one a request is in. Other modules read markets only
 * through this façade; in a controller, a {@link RequestMarket} parameter (with
 * {@link MarketParameters} on the operation) gives the request's market.
 */
@Service
public class Markets implements DefaultMarketPricing {

    /** The query parameter naming the market; the header {@link #HEADER} says the same. */
    public static final String PARAMETER = "market";
    public static final String HEADER = "X-Market";
    /** The query parameter whose country chooses the market listing it. */
    public static final String COUNTRY_PARAMETER = "country";

    private final MarketCache cache;
    private final PricingService pricing;
    private final Market configured;

    Markets(MarketCache cache, PricingService pricing, Languages languages) {
        this.cache = cache;
        this.pricing = pricing;
        this.configured = configuredMarket(pricing.configuredPriceContext(), languages.defaultLanguage());
    }

    /** The market of requests that choose none. */
    public Market defaultMarket() {
        // the stored default exists from the start on (DefaultMarketBootstrap) and cannot be deleted
        return cache.current().defaultMarket().orElse(configured);
    }

    /** The market with this code (any case), if there is one. */
    public Optional<Market> find(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(cache.current().byCode().get(code.strip().toLowerCase(Locale.ROOT)));
    }

    /** Every market, the default first, then by code. */
    public List<Market> all() {
        List<Market> markets = cache.current().all();
        return markets.isEmpty() ? List.of(configured) : markets;
    }

    /**
     * The market a request is in: the one named by {@code marketCode} (400 {@code unknown_market} when
     * there is none), else the one listing {@code country} (400 {@code invalid_country} for a code that
     * is not ISO 3166-1 alpha-2), else the default.
     */
    public Market resolve(@Nullable String marketCode, @Nullable String country) {
        if (marketCode != null && !marketCode.isBlank()) {
            return find(marketCode).orElseThrow(() -> unknown(marketCode));
        }
        if (country != null && !country.isBlank()) {
            Market listing = cache.current().byCountry().get(pricing.checkCountry(country));
            return listing != null ? listing : defaultMarket();
        }
        return defaultMarket();
    }

    /**
     * The market of an HTTP request: query parameter {@code market}, else header {@code X-Market}, else
     * the market of the publishable API key it carries (while that market exists), else query parameter
     * {@code country}, else the default (see {@link #resolve}).
     */
    public Market fromRequest(HttpServletRequest request) {
        String code = request.getParameter(PARAMETER);
        if (code == null || code.isBlank()) {
            code = request.getHeader(HEADER);
        }
        if (code == null || code.isBlank()) {
            Optional<Market> keys = ApiKey.publishable(request).map(ApiKey::market).flatMap(this::find);
            if (keys.isPresent()) {
                return keys.get();
            }
        }
        return resolve(code, request.getParameter(COUNTRY_PARAMETER));
    }

    @Override
    public PriceContext defaultPriceContext() {
        return defaultMarket().pricing();
    }

    static BadRequestException unknown(String code) {
        String shown = code.strip();
        return new BadRequestException("unknown_market", "There is no market with code " + shown,
                Map.of("market", shown.length() <= 40 ? shown : shown.substring(0, 40)));
    }

    /**
     * The default market as today's configuration describes it: {@code comptoir.pricing} (currency,
     * tax-exclusive, zones; countries = the zones' listed countries, default country first) and
     * {@code comptoir.locale} (the default language first, then the other supported ones).
     */
    static Market configuredMarket(PriceContext rules, String defaultLocale) {
        Set<String> countries = new LinkedHashSet<>();
        countries.add(rules.displayCountry());
        for (ShippingZone zone : rules.zones()) {
            zone.countries().stream().filter(c -> !ShippingZone.ANY_COUNTRY.equals(c)).forEach(countries::add);
        }
        List<String> locales = new ArrayList<>();
        locales.add(defaultLocale);
        Languages.SUPPORTED.stream().filter(l -> !l.equals(defaultLocale)).forEach(locales::add);
        return new Market(Market.DEFAULT_CODE, "Default", List.copyOf(countries), rules.currency(), false,
                defaultLocale, locales, rules.zones(), true);
    }

    /** The market built from the configuration (what the first start stores as the default). */
    Market configuredMarket() {
        return configured;
    }
}
