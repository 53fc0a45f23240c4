package dev.comptoir.cart;

import dev.comptoir.markets.Market;
import dev.comptoir.markets.Markets;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Which market a cart request is in. A request that chooses one ({@code market}, {@code X-Market}, or a
 * {@code country} some market lists) moves the cart there; one that chooses none keeps the cart where
 * it is (a new cart starts in the default market).
 */
@Component
class CartMarkets {

    /** The request's market; {@code chosen} when the request named it rather than falling back to the default. */
    record Choice(Market market, boolean chosen) {}

    private final Markets markets;

    CartMarkets(Markets markets) {
        this.markets = markets;
    }

    Choice of(HttpServletRequest request) {
        String code = request.getParameter(Markets.PARAMETER);
        if (code == null || code.isBlank()) {
            code = request.getHeader(Markets.HEADER);
        }
        if (code != null && !code.isBlank()) {
            return new Choice(markets.resolve(code, null), true);
        }
        String country = request.getParameter(Markets.COUNTRY_PARAMETER);
        if (country != null && !country.isBlank()) {
            String upper = country.strip().toUpperCase(Locale.ROOT);
            for (Market market : markets.all()) {
                if (market.countries().contains(upper)) {
                    return new Choice(market, true);
                }
            }
        }
        return new Choice(markets.defaultMarket(), false);
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
