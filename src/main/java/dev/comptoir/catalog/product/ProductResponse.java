package dev.comptoir.catalog.product;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.comptoir.catalog.category.Category;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A product as every route returns it, derived fields included. {@code stock} is the sellable
 * stock: the sum over the variants for a product that has some.
 */
public record ProductResponse(
        UUID id,
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

    public static ProductResponse of(Product p) {
        Category c = p.getCategory();
        int stock = p.sellableStock();
        return new ProductResponse(p.getId(), p.getName(), p.getSlug(), p.getDescription(), p.getShortDescription(),
                p.getPrice(), p.getCompareAtPrice(), p.getCurrency(), p.isOnSale(), p.discountPercentage(),
                p.getSku(), stock, StockStatus.of(stock), p.getWeight(), p.getDimensions(), p.isActive(),
                p.isFeatured(), p.getSeoTitle(), p.getSeoDescription(), c == null ? null : c.getId(),
                c == null ? null : new CategoryRef(c.getId(), c.getName(), c.getSlug()),
                p.getImages().stream().sorted(IMAGE_ORDER).map(i -> new ImageResponse(i.getId(), i.getUrl(), i.getAltText(),
                        i.getPosition())).toList(),
                p.getVariants().stream().sorted(VARIANT_ORDER).map(v -> new VariantResponse(v.getId(), v.getSku(), v.getName(),
                        v.getOptions(), v.getPrice(), v.effectivePrice(), v.getStock(), StockStatus.of(v.getStock()),
                        v.getPosition())).toList(),
                p.getRatingAverage(), p.getRatingCount(), p.getCreatedAt(), p.getUpdatedAt(), p.getDeletedAt());
    }
}
