package dev.comptoir.markets;

import dev.comptoir.shared.error.ConflictException;
import dev.comptoir.shared.error.NotFoundException;
import dev.comptoir.shared.error.Problems.FieldProblem;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin side of markets: list, read, create, replace, delete. A country belongs to one market (the
 * database's key on it decides between two admins racing); the default market cannot be deleted; a
 * market's currency cannot change, since its catalog prices, carts and orders are in it (create
 * another market instead). Every write evicts the markets cache once committed and publishes
 * {@link MarketChanged} (after asking for the eviction, so that listeners acting on commit run after it).
 */
@Service
class MarketAdminService {

    private final MarketStore store;
    private final MarketCache cache;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MarketAdminService(MarketStore store, MarketCache cache, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.cache = cache;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<StoredMarket> list() {
        return store.findAll();
    }

    @Transactional(readOnly = true)
    StoredMarket get(String code) {
        return store.find(MarketRules.code(code)).orElseThrow(() -> notFound(code));
    }

    @Transactional
    StoredMarket create(MarketRequest request) {
        if (request.code() == null) {
            throw MarketRules.missing("code");
        }
        Market market = MarketRules.market(MarketRules.code(request.code()), request, false);
        checkCountriesFree(market);
        boolean inserted;
        try {
            inserted = store.insert(market, clock.instant());
        } catch (DuplicateKeyException e) {
            throw countryTaken(e);
        }
        if (!inserted) {
            throw new ConflictException("duplicate_market_code", "A market with code " + market.code()
                    + " already exists", Map.of("market", market.code()));
        }
        cache.evictAfterCommit();
        events.publishEvent(new MarketChanged(market.code()));
        return store.find(market.code()).orElseThrow();
    }

    /** Replaces every setting but the code, the currency and the default flag. */
    @Transactional
    StoredMarket update(String code, MarketRequest request) {
        StoredMarket current = store.lock(MarketRules.code(code)).orElseThrow(() -> notFound(code));
        String existing = current.market().code();
        if (request.code() != null && !MarketRules.code(request.code()).equals(existing)) {
            throw MarketRules.invalidField("code", "must be the market's code, " + existing
                    + " (a market's code cannot change)");
        }
        Market market = MarketRules.market(existing, request, current.market().isDefault());
        if (!market.currency().equals(current.market().currency())) {
            throw new ConflictException("market_currency_fixed", "Market " + existing + " sells in "
                    + current.market().currency() + "; a market's currency cannot change (create another market)",
                    Map.of("currency", current.market().currency(),
                            "errors", FieldProblem.single("currency", "must stay " + current.market().currency())));
        }
        checkCountriesFree(market);
        try {
            store.update(market, clock.instant());
        } catch (DuplicateKeyException e) {
            throw countryTaken(e);
        }
        cache.evictAfterCommit();
        events.publishEvent(new MarketChanged(existing));
        return store.find(existing).orElseThrow();
    }

    @Transactional
    void delete(String code) {
        StoredMarket current = store.lock(MarketRules.code(code)).orElseThrow(() -> notFound(code));
        if (current.market().isDefault()) {
            throw new ConflictException("default_market", "The default market cannot be deleted",
                    Map.of("market", current.market().code()));
        }
        store.delete(current.market().code());
        cache.evictAfterCommit();
        events.publishEvent(new MarketChanged(current.market().code()));
    }

    /** 409 {@code country_in_other_market} naming the first country another market lists. */
    private void checkCountriesFree(Market market) {
        for (int i = 0; i < market.countries().size(); i++) {
            String country = market.countries().get(i);
            Optional<String> other = store.marketOf(country).filter(owner -> !owner.equals(market.code()));
            if (other.isPresent()) {
                throw countryInOtherMarket(country, other.get(), "countries[" + i + "]");
            }
        }
    }

    private static ConflictException countryInOtherMarket(String country, String market, String field) {
        Map<String, Object> details = new HashMap<>();
        details.put("country", country);
        details.put("market", market);
        details.put("errors", FieldProblem.single(field, country + " is in market " + market));
        return new ConflictException("country_in_other_market", country + " is already in market " + market
                + "; take it out of that market first", details);
    }

    /** Another admin gave one of the countries to another market between our check and our insert. */
    private static ConflictException countryTaken(DataIntegrityViolationException e) {
        return new ConflictException("country_in_other_market",
                "One of the countries was just added to another market; read the markets again");
    }

    private static NotFoundException notFound(String code) {
        String shown = code.strip();
        return new NotFoundException("market_not_found", "No market with code "
                + (shown.length() <= 40 ? shown : shown.substring(0, 40)));
    }
}
