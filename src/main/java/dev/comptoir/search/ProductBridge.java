package dev.comptoir.search;

import static dev.comptoir.search.ProductIndex.*;

import dev.comptoir.catalog.category.Category;
import dev.comptoir.catalog.category.CategoryTranslation;
import dev.comptoir.catalog.product.Product;
import dev.comptoir.catalog.product.ProductPrice;
import dev.comptoir.catalog.product.ProductTranslation;
import dev.comptoir.catalog.product.ProductVariant;
import dev.comptoir.catalog.product.StockStatus;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * The product fields that are not plain properties: whether it is live, its sellable stock (the
 * variants' total when it has some), the sale flag, its variants' SKUs and its category path (ids,
 * slugs and names of the category and every ancestor, so that a category filter includes
 * sub-categories and a search finds products by a parent category's name), and the translations of
 * both, each in a field of its language ({@code i18n_<text>_<language>}, analysed in that language).
 * Its prices in other currencies than its own (net) and their sale flags go to dynamic fields
 * {@code price_chf}, {@code onSale_chf}...: a product without such a field is not sold in that currency.
 */
final class ProductBridge implements TypeBridge<Product> {

    /**
     * The analyzers of the languages that have one; any other language's texts are FOLDED_TEXT. In a
     * fixed order: the field templates are written in this order, and an instance starting on an
     * index another one created checks them in order (Map.of's order changes from one JVM to the next).
     */
    static final Map<String, String> ANALYZERS = Collections.unmodifiableSortedMap(
            new TreeMap<>(Map.of("en", ENGLISH, "fr", FRENCH)));

    private final IndexFieldReference<Boolean> live;
    private final IndexFieldReference<Boolean> onSale;
    private final IndexFieldReference<Boolean> inStock;
    private final IndexFieldReference<String> stockStatus;
    private final IndexFieldReference<String> variantSkus;
    private final IndexFieldReference<String> categoryId;
    private final IndexFieldReference<String> categoryIds;
    private final IndexFieldReference<String> categorySlugs;
    private final IndexFieldReference<String> categoryNamesFr;
    private final IndexFieldReference<String> categoryNamesEn;
    private final IndexFieldReference<String> idKey;
    private final Supplier<SearchLanguages> languages;

    private ProductBridge(IndexSchemaElement schema, IndexFieldTypeFactory types, Supplier<SearchLanguages> languages) {
        this.languages = languages;
        live = schema.field(LIVE, types.asBoolean()).toReference();
        onSale = schema.field(ON_SALE, types.asBoolean()).toReference();
        inStock = schema.field(IN_STOCK, types.asBoolean()).toReference();
        stockStatus = schema.field(STOCK_STATUS, types.asString()).toReference();
        variantSkus = schema.field(VARIANT_SKUS, types.asString().normalizer(FOLDED)).multiValued().toReference();
        categoryId = schema.field(CATEGORY_ID, types.asString().aggregable(Aggregable.YES)).toReference();
        categoryIds = schema.field(CATEGORY_IDS, types.asString()).multiValued().toReference();
        categorySlugs = schema.field(CATEGORY_SLUGS, types.asString()).multiValued().toReference();
        categoryNamesFr = schema.field(CATEGORY_NAMES_FR, types.asString().analyzer(FRENCH)).multiValued().toReference();
        categoryNamesEn = schema.field(CATEGORY_NAMES_EN, types.asString().analyzer(ENGLISH)).multiValued().toReference();
        idKey = schema.field(ID_KEY, types.asString().sortable(Sortable.YES)).toReference();
        // one field per other currency a product is priced in, so that filters, sorts and bands stay index-only
        schema.fieldTemplate("otherPrices", types.asBigDecimal().decimalScale(2).sortable(Sortable.YES)
                .aggregable(Aggregable.YES)).matchingPathGlob(OTHER_PRICE_PREFIX + "*");
        schema.fieldTemplate("otherOnSale", types.asBoolean()).matchingPathGlob(OTHER_ON_SALE_PREFIX + "*");
        translatedFields(schema, types);
    }

    /** Dynamic fields, matched in this order: the first template whose glob fits a field's name types it. */
    private static void translatedFields(IndexSchemaElement schema, IndexFieldTypeFactory types) {
        schema.fieldTemplate("i18n_slug", types.asString().projectable(Projectable.YES))
                .matchingPathGlob(I18N + T_SLUG + "_*");
        schema.fieldTemplate("i18n_suggest", types.asString().analyzer(AUTOCOMPLETE).searchAnalyzer(AUTOCOMPLETE_QUERY))
                .matchingPathGlob(I18N + T_SUGGEST + "_*");
        schema.fieldTemplate("i18n_sort", types.asString().normalizer(FOLDED).sortable(Sortable.YES))
                .matchingPathGlob(I18N + T_SORT + "_*");
        ANALYZERS.forEach((language, analyzer) -> schema.fieldTemplate("i18n_name_" + language,
                types.asString().analyzer(analyzer).projectable(Projectable.YES)).matchingPathGlob(I18N + T_NAME + "_" + language));
        schema.fieldTemplate("i18n_name", types.asString().analyzer(FOLDED_TEXT).projectable(Projectable.YES))
                .matchingPathGlob(I18N + T_NAME + "_*");
        ANALYZERS.forEach((language, analyzer) -> schema.fieldTemplate("i18n_text_" + language,
                types.asString().analyzer(analyzer)).multiValued().matchingPathGlob(I18N + "*_" + language));
        schema.fieldTemplate("i18n_text", types.asString().analyzer(FOLDED_TEXT)).multiValued()
                .matchingPathGlob(I18N + "*");
    }

    static final class Binder implements TypeBinder {

        private final Supplier<SearchLanguages> languages;

        Binder(Supplier<SearchLanguages> languages) {
            this.languages = languages;
        }

        @Override
        public void bind(TypeBindingContext context) {
            // "category" only: a change inside a category is handled by SearchIndexUpdater (SHALLOW mapping)
            context.dependencies().use("active").use("deletedAt").use("price").use("compareAtPrice").use("prices")
                    .use("stock").use("variants.stock").use("variants.sku").use("category").use("name")
                    .use("translations.locale").use("translations.name").use("translations.slug")
                    .use("translations.description").use("translations.shortDescription");
            context.bridge(Product.class, new ProductBridge(context.indexSchemaElement(), context.typeFactory(),
                    languages));
        }
    }

    @Override
    public void write(DocumentElement target, Product p, TypeBridgeWriteContext context) {
        target.addValue(live, p.isLive());
        target.addValue(onSale, p.isOnSale());
        int stock = p.sellableStock();
        target.addValue(inStock, stock > 0);
        target.addValue(stockStatus, StockStatus.of(stock));
        for (ProductVariant v : p.getVariants()) {
            target.addValue(variantSkus, v.getSku());
        }
        Category own = p.getCategory();
        if (own != null) {
            target.addValue(categoryId, own.getId().toString());
        }
        for (Category c = own; c != null; c = c.getParent()) {
            target.addValue(categoryIds, c.getId().toString());
            target.addValue(categorySlugs, c.getSlug());
            target.addValue(categoryNamesFr, c.getName());
            target.addValue(categoryNamesEn, c.getName());
            for (CategoryTranslation t : c.getTranslations().values()) {
                addIfSet(target, translated(T_CATEGORY_NAMES, t.getLocale()), t.getName());
                if (t.getSlug() != null) {
                    target.addValue(categorySlugs, t.getSlug());
                }
            }
        }
        target.addValue(idKey, p.getId().toString());
        for (ProductPrice price : p.prices()) {
            if (!price.currency().equals(p.getCurrency())) {
                target.addValue(priceField(price.currency()), price.amount());
                target.addValue(onSaleField(price.currency()), price.compareAtPrice() != null
                        && price.compareAtPrice().compareTo(price.amount()) > 0);
            }
        }
        translations(target, p);
    }

    private void translations(DocumentElement target, Product p) {
        Map<String, ProductTranslation> translations = p.getTranslations();
        for (ProductTranslation t : translations.values()) {
            String language = t.getLocale();
            addIfSet(target, translated(T_NAME, language), t.getName());
            addIfSet(target, translated(T_SUGGEST, language), t.getName());
            addIfSet(target, translated(T_SLUG, language), t.getSlug());
            addIfSet(target, translated(T_SHORT_DESCRIPTION, language), t.getShortDescription());
            addIfSet(target, translated(T_DESCRIPTION, language), t.getDescription());
        }
        // the name as each read shows it, for sort=name: the read's language, its fallback, the product's own
        SearchLanguages known = languages.get();
        for (String language : known.locales()) {
            for (String fallback : known.fallbacks()) {
                target.addValue(sortKey(language, fallback), name(translations, language, fallback, p.getName()));
            }
        }
    }

    private static String name(Map<String, ProductTranslation> translations, String language, String fallback,
            String base) {
        for (String l : new String[] {language, fallback}) {
            ProductTranslation t = translations.get(l);
            if (t != null && t.getName() != null) {
                return t.getName();
            }
        }
        return base;
    }

    private static void addIfSet(DocumentElement target, String field, String value) {
        if (value != null) {
            target.addValue(field, value);
        }
    }
}
