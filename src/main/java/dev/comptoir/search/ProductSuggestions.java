package dev.comptoir.search;

import static dev.comptoir.search.ProductIndex.*;

import dev.comptoir.catalog.product.PriceDisplay;
import dev.comptoir.catalog.CatalogLocale;
import dev.comptoir.catalog.product.Product;
import dev.comptoir.shared.error.BadRequestException;
import dev.comptoir.shared.error.Problems.FieldProblem;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Name completions for a search box, answered from the index alone (edge n-grams of every name
 * word, projected names and slugs: no SQL). Every word typed must start a word of the name: the
 * product's own, or its translation in the read's language or fallback language (the read's language
 * weighs most). Each suggestion is named as the read shows it (the read's language, its fallback, the
 * product's own name).
 */
@Service
class ProductSuggestions {

    static final int MIN_LENGTH = 2;
    static final int MAX_LENGTH = 100;
    static final int MAX_SUGGESTIONS = 10;

    record Suggestion(UUID id, String name, String slug) {}

    /** The suggestions, in the market the request is in (only products sold there, priced in its currency). */
    record Suggestions(List<Suggestion> data, String market, String currency, String locale) {}

    private final EntityManager em;

    ProductSuggestions(EntityManager em) {
        this.em = em;
    }

    @Transactional(readOnly = true)
    public Suggestions suggest(String q, PriceDisplay market, CatalogLocale locale) {
        String prefix = q == null ? "" : q.strip();
        if (prefix.length() > MAX_LENGTH) {
            throw new BadRequestException("invalid_data", "Invalid request: q must be at most " + MAX_LENGTH
                    + " characters", Map.of("errors", FieldProblem.single("q", "must be at most " + MAX_LENGTH
                    + " characters")));
        }
        List<String> words = ProductSearchQuery.words(prefix);
        if (prefix.length() < MIN_LENGTH || words.isEmpty()) {
            return new Suggestions(List.of(), market.market(), market.currency(), locale.locale());
        }
        String price = priceField(market.currency());
        List<String> chain = locale.chain();
        List<Suggestion> hits = Search.session(em).search(Product.class)
                .select(f -> {
                    var fields = new ArrayList<ProjectionFinalStep<?>>();
                    fields.add(f.id(UUID.class));
                    fields.add(f.field(NAME_FR, String.class));
                    fields.add(f.field(SLUG, String.class));
                    for (String language : chain) {
                        fields.add(f.field(translated(T_NAME, language), String.class));
                        fields.add(f.field(translated(T_SLUG, language), String.class));
                    }
                    return f.composite().from(fields.toArray(ProjectionFinalStep[]::new)).asList(ProductSuggestions::suggestion);
                })
                .where(f -> {
                    var b = f.bool().filter(f.match().field(LIVE).matching(true));
                    if (!price.equals(PRICE)) {
                        b.filter(f.exists().field(price));
                    }
                    for (String w : words) {
                        var any = f.bool().should(f.match().field(NAME_SUGGEST).matching(w));
                        for (String language : chain) {
                            float weight = language.equals(locale.locale()) ? ProductSearchQuery.READ_LANGUAGE_WEIGHT : 1f;
                            any.should(f.match().field(translated(T_SUGGEST, language)).matching(w).boost(weight));
                        }
                        b.must(any);
                    }
                    return b;
                })
                .sort(f -> f.composite().add(f.score())
                        .add(f.field(sortKey(locale.locale(), locale.fallback())).missing().last())
                        .add(f.field(NAME_SORT)).add(f.field(ID_KEY)))
                .fetchHits(MAX_SUGGESTIONS);
        return new Suggestions(hits, market.market(), market.currency(), locale.locale());
    }

    /** id, own name, own slug, then name and slug in each language of the read: the first set of each. */
    private static Suggestion suggestion(List<?> values) {
        String name = null;
        String slug = null;
        for (int i = 3; i + 1 < values.size(); i += 2) {
            name = name != null ? name : (String) values.get(i);
            slug = slug != null ? slug : (String) values.get(i + 1);
        }
        return new Suggestion((UUID) values.get(0), name != null ? name : (String) values.get(1),
                slug != null ? slug : (String) values.get(2));
    }
}
