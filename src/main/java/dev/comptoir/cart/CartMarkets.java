package dev.comptoir.cart;

import dev.comptoir.catalog.CatalogLocale;
import dev.comptoir.catalog.CatalogLocales;
import dev.comptoir.markets.Market;
import dev.comptoir.markets.Markets;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Which market a cart request is in. A request that chooses one ({@code market}, {@code X-Market}, or a
 * {@code country} some market lists) moves the cart there; one that chooses none keeps the cart where
 * it is (a new cart starts in the default market).
 */
@Component
class CartMarkets {

    /**
     * The request's market; {@code chosen} when the request named it rather than falling back to the default;
     * {@code languages} gives the language the request reads a cart in, in the market it is priced in.
     */
    record Choice(Market market, boolean chosen, Function<Market, CatalogLocale> languages) {

        /** The language of a cart priced in {@code priced} (ADR 0011: negotiated among that market's languages). */
        CatalogLocale language(Market priced) {
            return languages.apply(priced);
        }
    }

    private final Markets markets;
    private final CatalogLocales locales;

    CartMarkets(Markets markets, CatalogLocales locales) {
        this.markets = markets;
        this.locales = locales;
    }

    /**
     * {@code locale}: the request's language as negotiated in the request's market; a cart priced in its own,
     * other market (the request chose none) is read in the language negotiated there instead.
     */
    Choice of(HttpServletRequest request, CatalogLocale locale) {
        Optional<Market> chosen = chosen(request);
        Market market = chosen.orElseGet(markets::defaultMarket);
        return new Choice(market, chosen.isPresent(),
                priced -> priced.code().equals(market.code()) ? locale : locales.negotiateIn(priced, request));
    }

    private Optional<Market> chosen(HttpServletRequest request) {
        String code = request.getParameter(Markets.PARAMETER);
        if (code == null || code.isBlank()) {
            code = request.getHeader(Markets.HEADER);
        }
        if (code != null && !code.isBlank()) {
            return Optional.of(markets.resolve(code, null));
        }
        String country = request.getParameter(Markets.COUNTRY_PARAMETER);
        if (country != null && !country.isBlank()) {
            String upper = country.strip().toUpperCase(Locale.ROOT);
            for (Market market : markets.all()) {
                if (market.countries().contains(upper)) {
                    return Optional.of(market);
                }
            }
        }
        return Optional.empty();
    }

    /** The market a cart is priced in: the chosen one, else its own (the default when its own is gone). */
    Market forCart(Cart cart, Choice choice) {
        if (choice.chosen()) {
            return choice.market();
        }
        return markets.find(cart.marketCode()).orElseGet(markets::defaultMarket);
    }

    /** The cart's own market for checkout, which chooses none. */
    Market own(Cart cart) {
        return markets.find(cart.marketCode()).orElseGet(markets::defaultMarket);
    }
}
