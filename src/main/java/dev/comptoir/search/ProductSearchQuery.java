package dev.comptoir.search;

import static dev.comptoir.search.ProductIndex.*;

import dev.comptoir.catalog.CatalogLocale;
import dev.comptoir.catalog.listing.ProductQuery;
import dev.comptoir.catalog.product.PriceDisplay;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.search.engine.search.common.NonStaticMetamodelScope;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.TypedSearchPredicateFactory;

/**
 * Turns a listing request into a search predicate. {@code q} never reaches a query parser: it is cut
 * into at most {@value #MAX_WORDS} words and each word goes through a {@code match} predicate, so
 * Lucene syntax characters are plain text. Every word (all of its tokens: "t-shirt" is "t" and "shirt")
 * must match somewhere (name, short description, description, category path, SKU): in the read's
 * language's translation, in its fallback language's, or in the base text (in French or English
 * analysis); the name weighs most, and a match in the read's own language weighs
 * {@value #READ_LANGUAGE_WEIGHT} times a fallback's. Words of {@value #FUZZY_MIN_LENGTH} characters or
 * more (with a letter: numbers are never fuzzy) also match with one typo, at a lower weight.
 */
final class ProductSearchQuery {

    static final int MAX_WORDS = 8;
    static final int FUZZY_MIN_LENGTH = 4;
    static final float READ_LANGUAGE_WEIGHT = 1.6f;

    private ProductSearchQuery() {}

    static PredicateFinalStep predicate(TypedSearchPredicateFactory<NonStaticMetamodelScope> f, ProductQuery query,
            CatalogLocale locale) {
        BooleanPredicateClausesStep<NonStaticMetamodelScope, ?> b = f.bool();
        b.filter(f.match().field(LIVE).matching(true));
        PriceDisplay market = query.market();
        String price = priceField(market.currency());
        if (!price.equals(PRICE)) {
            b.filter(f.exists().field(price)); // not priced in the market's currency: not sold there
        }
        if (query.q() != null) {
            b.must(text(f, query.q(), locale));
        }
        if (query.category() != null) {
            b.filter(category(f, query.category()));
        }
        if (query.minPrice() != null || query.maxPrice() != null) {
            // bounds on displayed prices, turned into the exact bounds on the indexed net ones
            b.filter(f.range().field(price).between(
                    query.minPrice() == null ? null : market.lowestNetShownFrom(query.minPrice()),
                    query.maxPrice() == null ? null : market.highestNetShownUpTo(query.maxPrice())));
        }
        if (query.featured()) {
            b.filter(f.match().field(FEATURED).matching(true));
        }
        if (query.onSale()) {
            b.filter(f.match().field(onSaleField(market.currency())).matching(true));
        }
        if (query.inStock()) {
            b.filter(f.match().field(IN_STOCK).matching(true));
        }
        if (query.minRating() != null) {
            b.filter(f.range().field(RATING).atLeast(query.minRating()));
        }
        return b;
    }

    /** An id filters on the category path's ids, anything else on its slugs; an unknown one finds nothing. */
    private static PredicateFinalStep category(TypedSearchPredicateFactory<NonStaticMetamodelScope> f, String category) {
        try {
            return f.match().field(CATEGORY_IDS).matching(UUID.fromString(category).toString());
        } catch (IllegalArgumentException notAnId) {
            return f.match().field(CATEGORY_SLUGS).matching(category);
        }
    }

    static PredicateFinalStep text(TypedSearchPredicateFactory<NonStaticMetamodelScope> f, String q,
            CatalogLocale locale) {
        BooleanPredicateClausesStep<NonStaticMetamodelScope, ?> any = f.bool();
        // a whole SKU, dashes and all
        any.should(f.match().field(SKU).field(VARIANT_SKUS).matching(q).boost(10f));
        List<String> words = words(q);
        if (!words.isEmpty()) {
            BooleanPredicateClausesStep<NonStaticMetamodelScope, ?> all = f.bool();
            words.forEach(word -> all.must(word(f, word, locale)));
            any.should(all);
        }
        return any;
    }

    private static PredicateFinalStep word(TypedSearchPredicateFactory<NonStaticMetamodelScope> f, String word,
            CatalogLocale locale) {
        BooleanPredicateClausesStep<NonStaticMetamodelScope, ?> b = f.bool();
        b.should(f.match()
                .field(NAME_FR).boost(4f).field(NAME_EN).boost(4f)
                .field(CATEGORY_NAMES_FR).boost(2f).field(CATEGORY_NAMES_EN).boost(2f)
                .field(SHORT_DESCRIPTION_FR).boost(1.5f).field(SHORT_DESCRIPTION_EN).boost(1.5f)
                .field(DESCRIPTION_FR).field(DESCRIPTION_EN)
                .matching(word).minimumShouldMatchPercent(100));
        for (String language : locale.chain()) {
            float weight = language.equals(locale.locale()) ? READ_LANGUAGE_WEIGHT : 1f;
            b.should(f.match()
                    .field(translated(T_NAME, language)).boost(4f * weight)
                    .field(translated(T_CATEGORY_NAMES, language)).boost(2f * weight)
                    .field(translated(T_SHORT_DESCRIPTION, language)).boost(1.5f * weight)
                    .field(translated(T_DESCRIPTION, language)).boost(weight)
                    .matching(word).minimumShouldMatchPercent(100));
        }
        b.should(f.match().field(SKU).field(VARIANT_SKUS).matching(word).boost(5f));
        if (word.codePointCount(0, word.length()) >= FUZZY_MIN_LENGTH && word.codePoints().anyMatch(Character::isLetter)) {
            b.should(f.match()
                    .field(NAME_FR).boost(2f).field(CATEGORY_NAMES_FR).field(DESCRIPTION_FR).boost(0.5f)
                    .field(translated(T_NAME, locale.locale())).boost(2f * READ_LANGUAGE_WEIGHT)
                    .matching(word).fuzzy(1, 1).minimumShouldMatchPercent(100));
        }
        return b;
    }

    /** Whitespace-separated words holding at least one letter or digit, first {@value #MAX_WORDS} distinct. */
    static List<String> words(String q) {
        return Arrays.stream(q.toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(w -> w.codePoints().anyMatch(Character::isLetterOrDigit))
                .distinct().limit(MAX_WORDS).toList();
    }
}
