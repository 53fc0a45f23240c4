package dev.comptoir.search;

import static dev.comptoir.search.ProductIndex.*;

import dev.comptoir.catalog.category.Category;
import dev.comptoir.catalog.product.Product;
import dev.comptoir.catalog.product.ProductPrice;
import dev.comptoir.catalog.product.ProductVariant;
import dev.comptoir.catalog.product.StockStatus;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
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
 * sub-categories and a search finds products by a parent category's name). Its prices in other
 * currencies than its own (net) and their sale flags go to dynamic fields {@code price_chf},
 * {@code onSale_chf}...: a product without such a field is not sold in that currency.
 */
final class ProductBridge implements TypeBridge<Product> {

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

    private ProductBridge(IndexSchemaElement schema, IndexFieldTypeFactory types) {
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
    }

    static final class Binder implements TypeBinder {

        @Override
        public void bind(TypeBindingContext context) {
            // "category" only: a change inside a category is handled by SearchIndexUpdater (SHALLOW mapping)
            context.dependencies().use("active").use("deletedAt").use("price").use("compareAtPrice").use("prices").use("stock")
                    .use("variants.stock").use("variants.sku").use("category");
            context.bridge(Product.class, new ProductBridge(context.indexSchemaElement(), context.typeFactory()));
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
        }
        target.addValue(idKey, p.getId().toString());
        for (ProductPrice price : p.prices()) {
            if (!price.currency().equals(p.getCurrency())) {
                target.addValue(priceField(price.currency()), price.amount());
                target.addValue(onSaleField(price.currency()), price.compareAtPrice() != null
                        && price.compareAtPrice().compareTo(price.amount()) > 0);
            }
        }
    }
}
