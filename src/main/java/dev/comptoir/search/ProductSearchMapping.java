package dev.comptoir.search;

import static dev.comptoir.search.ProductIndex.*;

import dev.comptoir.catalog.product.Product;
import java.util.function.Supplier;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/**
 * Maps the catalog's {@link Product} to the product index, programmatically so that the catalog's
 * entities carry no search annotations. Plain properties are mapped here; derived values (live,
 * stock, sale, category path, variant SKUs) come from {@link ProductBridge}.
 * <p>
 * A change inside a category (rename, move) does not reach its products through Hibernate: the
 * category association is {@code SHALLOW}, and {@link SearchIndexUpdater} reindexes the category's
 * products on {@code CategoryChanged} instead.
 */
class ProductSearchMapping implements HibernateOrmSearchMappingConfigurer {

    private final Supplier<SearchLanguages> languages;

    ProductSearchMapping(Supplier<SearchLanguages> languages) {
        this.languages = languages;
    }

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        TypeMappingStep product = context.programmaticMapping().type(Product.class);
        product.indexed().index(ProductIndex.NAME);
        product.property("id").documentId();
        product.property("name")
                .fullTextField(NAME_FR).analyzer(FRENCH).projectable(Projectable.YES)
                .fullTextField(NAME_EN).analyzer(ENGLISH)
                .fullTextField(NAME_SUGGEST).analyzer(AUTOCOMPLETE).searchAnalyzer(AUTOCOMPLETE_QUERY)
                .keywordField(NAME_SORT).normalizer(FOLDED).sortable(Sortable.YES);
        product.property("slug").keywordField(SLUG).projectable(Projectable.YES);
        product.property("description")
                .fullTextField(DESCRIPTION_FR).analyzer(FRENCH)
                .fullTextField(DESCRIPTION_EN).analyzer(ENGLISH);
        product.property("shortDescription")
                .fullTextField(SHORT_DESCRIPTION_FR).analyzer(FRENCH)
                .fullTextField(SHORT_DESCRIPTION_EN).analyzer(ENGLISH);
        product.property("sku").keywordField(SKU).normalizer(FOLDED);
        product.property("price").scaledNumberField(PRICE).decimalScale(2)
                .sortable(Sortable.YES).aggregable(Aggregable.YES);
        product.property("featured").genericField(FEATURED);
        product.property("ratingAverage").scaledNumberField(RATING).decimalScale(2)
                .sortable(Sortable.YES).aggregable(Aggregable.YES);
        product.property("ratingCount").genericField(RATING_COUNT).sortable(Sortable.YES);
        product.property("createdAt").genericField(CREATED_AT).sortable(Sortable.YES);
        product.property("category").indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        product.binder(new ProductBridge.Binder(languages));
    }
}
