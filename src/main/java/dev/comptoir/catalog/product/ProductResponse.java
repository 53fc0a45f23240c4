package dev.comptoir.catalog.product;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.comptoir.catalog.CatalogLocale;
import dev.comptoir.catalog.category.Category;
import dev.comptoir.catalog.category.CategoryTranslation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A product as every route returns it, derived fields included. {@code stock} is the sellable
 * stock: the sum over the variants for a product that has some. A storefront read gives the texts in
 * its {@code locale} (each falling back to the market's default language, then to the product's own);
 * an admin answer gives the product's own texts and lists its {@code translations}.
 */
public record ProductResponse(
        UUID id,
        @JsonInclude(JsonInclude.Include.NON_NULL) String locale,
        String name,
        String slug,
        String description,
        String shortDescription,
        BigDecimal price,
        BigDecimal compareAtPrice,
        String currency,
        @JsonProperty("isOnSale") boolean isOnSale,
        Integer discountPercentage,
        String sku,
        int stock,
        String stockStatus,
        BigDecimal weight,
        Map<String, Object> dimensions,
        @JsonProperty("isActive") boolean isActive,
        @JsonProperty("isFeatured") boolean isFeatured,
        String seoTitle,
        String seoDescription,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<ProductTranslationResponse> translations,
        UUID categoryId,
        CategoryRef category,
        List<ImageResponse> images,
        List<VariantResponse> variants,
        BigDecimal ratingAverage,
        int ratingCount,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt) {

    public record CategoryRef(UUID id, String name, String slug) {}

    public record ImageResponse(UUID id, String url, String altText, int position) {}

    public record VariantResponse(UUID id, String sku, String name, Map<String, String> options, BigDecimal price,
            BigDecimal effectivePrice, int stock, String stockStatus, int position) {}

    private static final Comparator<ProductImage> IMAGE_ORDER =
            Comparator.comparingInt(ProductImage::getPosition).thenComparing(ProductImage::getId);
    private static final Comparator<ProductVariant> VARIANT_ORDER = Comparator.comparingInt(ProductVariant::getPosition)
            .thenComparing(ProductVariant::getName).thenComparing(ProductVariant::getId);

    private static final Comparator<ProductTranslation> BY_LOCALE = Comparator.comparing(ProductTranslation::getLocale);

    /** The admin view: the product's own texts, and its translations by language. */
    public static ProductResponse of(Product p) {
        return of(p, null);
    }

    /** The storefront view in {@code locale}; null gives the admin view. */
    public static ProductResponse of(Product p, CatalogLocale locale) {
        Category c = p.getCategory();
        int stock = p.sellableStock();
        ProductTexts texts = locale == null ? ProductTexts.base(p) : ProductTexts.in(p, locale);
        List<ProductTranslationResponse> translations = locale != null ? null
                : p.getTranslations().values().stream().sorted(BY_LOCALE).map(ProductTranslationResponse::of).toList();
        return new ProductResponse(p.getId(), locale == null ? null : locale.locale(), texts.name(), texts.slug(),
                texts.description(), texts.shortDescription(),
                p.getPrice(), p.getCompareAtPrice(), p.getCurrency(), p.isOnSale(), p.discountPercentage(),
                p.getSku(), stock, StockStatus.of(stock), p.getWeight(), p.getDimensions(), p.isActive(),
                p.isFeatured(), texts.seoTitle(), texts.seoDescription(), translations, c == null ? null : c.getId(),
                c == null ? null : categoryRef(c, locale),
                p.getImages().stream().sorted(IMAGE_ORDER).map(i -> new ImageResponse(i.getId(), i.getUrl(), i.getAltText(),
                        i.getPosition())).toList(),
                p.getVariants().stream().sorted(VARIANT_ORDER).map(v -> new VariantResponse(v.getId(), v.getSku(), v.getName(),
                        v.getOptions(), v.getPrice(), v.effectivePrice(), v.getStock(), StockStatus.of(v.getStock()),
                        v.getPosition())).toList(),
                p.getRatingAverage(), p.getRatingCount(), p.getCreatedAt(), p.getUpdatedAt(), p.getDeletedAt());
    }

    private static CategoryRef categoryRef(Category c, CatalogLocale locale) {
        if (locale == null) {
            return new CategoryRef(c.getId(), c.getName(), c.getSlug());
        }
        return new CategoryRef(c.getId(), locale.text(c.getTranslations(), CategoryTranslation::getName, c.getName()),
                locale.text(c.getTranslations(), CategoryTranslation::getSlug, c.getSlug()));
    }
}
