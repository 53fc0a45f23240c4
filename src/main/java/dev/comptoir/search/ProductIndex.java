package dev.comptoir.search;

import dev.comptoir.shared.money.Money;
import java.util.Locale;

/** Names of the product index, its fields and its analyzers, shared by the mapping and the queries. */
final class ProductIndex {

    static final String NAME = "product";

    // analyzers and normalizers (see LuceneAnalysis / ElasticsearchAnalysis)
    static final String FRENCH = "french";
    static final String ENGLISH = "english";
    static final String AUTOCOMPLETE = "autocomplete";
    static final String AUTOCOMPLETE_QUERY = "autocomplete_query";
    static final String FOLDED = "folded";
    /** Texts in a language without an analyzer of its own: words, lower case, accents folded. */
    static final String FOLDED_TEXT = "folded_text";

    // fields
    static final String NAME_FR = "name";
    static final String NAME_EN = "name_en";
    static final String NAME_SUGGEST = "name_suggest";
    static final String NAME_SORT = "name_sort";
    static final String SLUG = "slug";
    static final String DESCRIPTION_FR = "description";
    static final String DESCRIPTION_EN = "description_en";
    static final String SHORT_DESCRIPTION_FR = "shortDescription";
    static final String SHORT_DESCRIPTION_EN = "shortDescription_en";
    static final String SKU = "sku";
    static final String VARIANT_SKUS = "variantSkus";
    static final String CATEGORY_NAMES_FR = "categoryNames";
    static final String CATEGORY_NAMES_EN = "categoryNames_en";
    static final String CATEGORY_ID = "categoryId";
    static final String CATEGORY_IDS = "categoryIds";
    static final String CATEGORY_SLUGS = "categorySlugs";
    static final String PRICE = "price";
    static final String ON_SALE = "onSale";
    static final String FEATURED = "featured";
    static final String IN_STOCK = "inStock";
    static final String STOCK_STATUS = "stockStatus";
    static final String RATING = "ratingAverage";
    static final String RATING_COUNT = "ratingCount";
    static final String CREATED_AT = "createdAt";
    static final String LIVE = "live";
    static final String ID_KEY = "idKey";

    // a product's price in a currency other than its own: price_chf, onSale_chf... (field templates)
    static final String OTHER_PRICE_PREFIX = "price_";
    static final String OTHER_ON_SALE_PREFIX = "onSale_";

    /*
     * Translations (ADR 0011), one dynamic field per text and language, e.g. i18n_name_fr: each
     * language's texts go through that language's analyzer (French, English, else FOLDED_TEXT).
     */
    static final String I18N = "i18n_";
    static final String T_NAME = "name";
    static final String T_SHORT_DESCRIPTION = "shortDescription";
    static final String T_DESCRIPTION = "description";
    static final String T_CATEGORY_NAMES = "categoryNames";
    static final String T_SLUG = "slug";
    static final String T_SUGGEST = "suggest";
    /** Sort keys: {@code i18n_sort_<language>_<fallback>}, the name as a read in that language shows it. */
    static final String T_SORT = "sort";

    /** The field of one translated text: {@code i18n_<text>_<language>}. */
    static String translated(String text, String language) {
        return I18N + text + "_" + language.toLowerCase(Locale.ROOT);
    }

    static String sortKey(String language, String fallback) {
        return translated(T_SORT, language) + "_" + fallback.toLowerCase(Locale.ROOT);
    }

    private ProductIndex() {}

    /** The field of the products' price in {@code currency}: the store currency's is {@link #PRICE}. */
    static String priceField(String currency) {
        return Money.DEFAULT_CURRENCY.equals(currency) ? PRICE : OTHER_PRICE_PREFIX + currency.toLowerCase(Locale.ROOT);
    }

    static String onSaleField(String currency) {
        return Money.DEFAULT_CURRENCY.equals(currency) ? ON_SALE
                : OTHER_ON_SALE_PREFIX + currency.toLowerCase(Locale.ROOT);
    }
}
