package dev.comptoir.search;

import static dev.comptoir.search.ProductIndex.*;

import dev.comptoir.catalog.product.PriceDisplay;
import dev.comptoir.catalog.product.Product;
import dev.comptoir.shared.error.BadRequestException;
import dev.comptoir.shared.error.Problems.FieldProblem;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Name completions for a search box, answered from the index alone (edge n-grams of every name
 * word, projected name and slug: no SQL). Every word typed must start a word of the name.
 */
@Service
class ProductSuggestions {

    static final int MIN_LENGTH = 2;
    static final int MAX_LENGTH = 100;
    static final int MAX_SUGGESTIONS = 10;

    record Suggestion(UUID id, String name, String slug) {}

    /** The suggestions, in the market the request is in (only products sold there, priced in its currency). */
    record Suggestions(List<Suggestion> data, String market, String currency) {}

    private final EntityManager em;

    ProductSuggestions(EntityManager em) {
        this.em = em;
    }

    @Transactional(readOnly = true)
    public Suggestions suggest(String q, PriceDisplay market) {
        String prefix = q == null ? "" : q.strip();
        if (prefix.length() > MAX_LENGTH) {
            throw new BadRequestException("invalid_data", "Invalid request: q must be at most " + MAX_LENGTH
                    + " characters", Map.of("errors", FieldProblem.single("q", "must be at most " + MAX_LENGTH
                    + " characters")));
        }
        List<String> words = ProductSearchQuery.words(prefix);
        if (prefix.length() < MIN_LENGTH || words.isEmpty()) {
            return new Suggestions(List.of(), market.market(), market.currency());
        }
        String price = priceField(market.currency());
        List<Suggestion> hits = Search.session(em).search(Product.class)
                .select(f -> f.composite().from(f.id(UUID.class), f.field(NAME_FR, String.class),
                        f.field(SLUG, String.class)).as(Suggestion::new))
                .where(f -> {
                    var b = f.bool().filter(f.match().field(LIVE).matching(true));
                    if (!price.equals(PRICE)) {
                        b.filter(f.exists().field(price));
                    }
                    words.forEach(w -> b.must(f.match().field(NAME_SUGGEST).matching(w)));
                    return b;
                })
                .sort(f -> f.composite().add(f.score()).add(f.field(NAME_SORT)).add(f.field(ID_KEY)))
                .fetchHits(MAX_SUGGESTIONS);
        return new Suggestions(hits, market.market(), market.currency());
    }
}
