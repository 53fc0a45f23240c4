package dev.comptoir.catalog.product;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.comptoir.catalog.CatalogLocale;
import dev.comptoir.catalog.category.Category;
import dev.comptoir.pricelists.AppliedPrice;
import dev.comptoir.pricing.DisplayPrice;
import dev.comptoir.catalog.category.CategoryTranslation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A product as every route returns it, derived fields included. {@code stock} is the sellable
 * stock: the sum over the variants for a product that has some.
 * <p>
 * Public reads are in a market: {@code currency} is the market's, {@code price} (and
 * {@code compareAtPrice}) as the market displays it, with {@code priceExclTax} and {@code priceInclTax}.
 * The price lists that apply to the reader (ADR 0010) set {@code price}: a sale shows the price it beats
 * as {@code compareAtPrice} instead of the product's own; an override keeps the product's own
 * {@code compareAtPrice} (shown on sale only when above the override).
 * Admin answers have no market: amounts as stored (net, in the product's currency) and {@code prices},
 * the product's prices in every currency.
 * A storefront read gives the texts in its {@code locale} (each falling back to the market's default
 * language, then to the product's own); an admin answer gives the product's own texts and lists its
 * {@code translations}.
 * {@code metadata} is in every answer, {@code privateMetadata} only in admin answers (ADR 0013).
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
        @Nullable String market,
        BigDecimal priceExclTax,
        @Nullable BigDecimal priceInclTax,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<ProductPrice> prices,
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
        Instant deletedAt,
        Map<String, Object> metadata,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Map<String, Object> privateMetadata) {

    public record CategoryRef(UUID id, String name, String slug) {}

    public record ImageResponse(UUID id, String url, String altText, int position) {}

    /**
     * {@code price} is the variant's own price (null: it sells at the product's), {@code effectivePrice}
     * what it sells at (a price list's for its SKU when one applies to the reader), both as displayed;
     * {@code compareAtPrice} the price a sale list beats (else null); {@code priceExclTax} /
     * {@code priceInclTax} are the effective price's; {@code prices} (admin answers) its own prices per currency.
     */
    public record VariantResponse(UUID id, String sku, String name, Map<String, String> options, BigDecimal price,
            BigDecimal effectivePrice, @Nullable BigDecimal compareAtPrice, BigDecimal priceExclTax,
            @Nullable BigDecimal priceInclTax,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<VariantPrice> prices, int stock, String stockStatus,
            int position, Map<String, Object> metadata,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Map<String, Object> privateMetadata) {}

    private static final Comparator<ProductImage> IMAGE_ORDER =
            Comparator.comparingInt(ProductImage::getPosition).thenComparing(ProductImage::getId);
    private static final Comparator<ProductVariant> VARIANT_ORDER = Comparator.comparingInt(ProductVariant::getPosition)
            .thenComparing(ProductVariant::getName).thenComparing(ProductVariant::getId);

    private static final Comparator<ProductTranslation> BY_LOCALE = Comparator.comparing(ProductTranslation::getLocale);

    /** The admin answer: stored amounts and every currency's price, the product's own texts and its translations. */
    public static ProductResponse of(Product p) {
        return of(p, PriceDisplay.STORED, null);
    }

    /**
     * The product as {@code display} shows it, its texts in {@code locale} (null: the admin view's own texts
     * and translations). A market's view needs the product priced in its currency (callers filter on
     * {@link PriceDisplay#sells}).
     */
    public static ProductResponse of(Product p, PriceDisplay display, @Nullable CatalogLocale locale) {
        Category c = p.getCategory();
        int stock = p.sellableStock();
        String currency = display.isStored() ? p.getCurrency() : display.currency();
        PriceDisplay.Shown shown = display.productPrice(p);
        DisplayPrice price = shown.price();
        BigDecimal compareAt = shown.compareAtPrice();
        boolean onSale = shown.onSale();
        ProductTexts texts = locale == null ? ProductTexts.base(p) : ProductTexts.in(p, locale);
        List<ProductTranslationResponse> translations = locale != null ? null
                : p.getTranslations().values().stream().sorted(BY_LOCALE).map(ProductTranslationResponse::of).toList();
        return new ProductResponse(p.getId(), locale == null ? null : locale.locale(), texts.name(), texts.slug(),
                texts.description(), texts.shortDescription(),
                price.price(), compareAt, currency, display.market(), price.priceExclTax(), price.priceInclTax(),
                display.isStored() ? p.prices() : null, onSale, discountPercentage(price.price(), compareAt, onSale),
                p.getSku(), stock, StockStatus.of(stock), p.getWeight(), p.getDimensions(), p.isActive(),
                p.isFeatured(), texts.seoTitle(), texts.seoDescription(), translations, c == null ? null : c.getId(),
                c == null ? null : categoryRef(c, locale),
                p.getImages().stream().sorted(IMAGE_ORDER).map(i -> new ImageResponse(i.getId(), i.getUrl(), i.getAltText(),
                        i.getPosition())).toList(),
                p.getVariants().stream().sorted(VARIANT_ORDER).map(v -> variant(v, currency, display)).toList(),
                p.getRatingAverage(), p.getRatingCount(), p.getCreatedAt(), p.getUpdatedAt(), p.getDeletedAt(),
                p.getMetadata(), display.isStored() ? p.getPrivateMetadata() : null);
    }

    private static VariantResponse variant(ProductVariant v, String currency, PriceDisplay display) {
        BigDecimal own = v.ownPriceIn(currency).map(display::shown).orElse(null);
        AppliedPrice applied = display.applied(v.getSku(), v.effectivePriceIn(currency).orElseThrow());
        DisplayPrice effective = display.show(applied.amount());
        BigDecimal compareAt = applied.compareAtPrice() == null ? null : display.shown(applied.compareAtPrice());
        return new VariantResponse(v.getId(), v.getSku(), v.getName(), v.getOptions(), own, effective.price(),
                compareAt, effective.priceExclTax(), effective.priceInclTax(), display.isStored() ? v.prices() : null,
                v.getStock(), StockStatus.of(v.getStock()), v.getPosition(), v.getMetadata(),
                display.isStored() ? v.getPrivateMetadata() : null);
    }

    /** The saving against compareAtPrice in whole percent (half-up), or null when not on sale. */
    private static Integer discountPercentage(BigDecimal price, BigDecimal compareAt, boolean onSale) {
        if (!onSale || compareAt.signum() == 0) {
            return null;
        }
        return compareAt.subtract(price).multiply(BigDecimal.valueOf(100))
                .divide(compareAt, 0, RoundingMode.HALF_UP).intValue();
    }

    private static CategoryRef categoryRef(Category c, @Nullable CatalogLocale locale) {
        if (locale == null) {
            return new CategoryRef(c.getId(), c.getName(), c.getSlug());
        }
        return new CategoryRef(c.getId(), locale.text(c.getTranslations(), CategoryTranslation::getName, c.getName()),
                locale.text(c.getTranslations(), CategoryTranslation::getSlug, c.getSlug()));
    }
}
