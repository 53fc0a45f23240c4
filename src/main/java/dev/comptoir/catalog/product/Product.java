package dev.comptoir.catalog.product;

import dev.comptoir.catalog.category.Category;
import dev.comptoir.shared.error.ConflictException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKey;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A product. {@code stock} and the rating columns are written only by atomic SQL (StockKeeper,
 * rating updates), never by an entity flush, so that an admin edit cannot overwrite a concurrent
 * sale. A product with variants sells its variants; its own stock is then unused.
 */
@Entity
@Table(name = "products")
public class Product {

    @Id
    private UUID id;

    private String name;
    private String slug;
    private String description;
    private String shortDescription;
    private BigDecimal price;
    private BigDecimal compareAtPrice;
    private String currency;

    /** Prices in currencies other than {@code currency}, by currency code (V20). */
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, StoredPrice> prices = new TreeMap<>();

    private String sku;

    @Column(updatable = false)
    private int stock;

    private BigDecimal weight;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> dimensions;

    @Column(name = "is_active")
    private boolean active;

    @Column(name = "is_featured")
    private boolean featured;

    private String seoTitle;
    private String seoDescription;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id")
    private Category category;

    @Column(updatable = false)
    private BigDecimal ratingAverage;

    @Column(updatable = false)
    private int ratingCount;

    private Instant createdAt;
    private Instant updatedAt;
    private Instant deletedAt;

    @Version
    private Long version;

    /** Written only by shared.metadata.MetadataColumns' merge in SQL, never by a flush (ADR 0013). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(insertable = false, updatable = false)
    private Map<String, Object> metadata = Map.of();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(insertable = false, updatable = false)
    private Map<String, Object> privateMetadata = Map.of();

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position, name, id")
    private List<ProductVariant> variants = new ArrayList<>();

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position, id")
    private List<ProductImage> images = new ArrayList<>();

    /** By language (ADR 0011). Not a change of the product itself: no version bump, no updatedAt. */
    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
    @MapKey(name = "locale")
    private Map<String, ProductTranslation> translations = new HashMap<>();

    protected Product() {}

    Product(UUID id, String slug, String sku, int stock) {
        this.id = id;
        this.slug = slug;
        this.sku = sku;
        this.stock = stock;
        this.currency = "EUR";
        this.ratingAverage = BigDecimal.ZERO.setScale(2);
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
        this.active = true;
    }

    void describe(String name, String description, String shortDescription, String seoTitle, String seoDescription) {
        this.name = name;
        this.description = description;
        this.shortDescription = shortDescription;
        this.seoTitle = seoTitle;
        this.seoDescription = seoDescription;
    }

    void price(BigDecimal price, BigDecimal compareAtPrice) {
        this.price = price;
        this.compareAtPrice = compareAtPrice;
    }

    /** The prices in other currencies than the product's own, replacing those it had. */
    void priceInOtherCurrencies(Map<String, StoredPrice> others) {
        this.prices = new TreeMap<>(others);
    }

    void ship(BigDecimal weight, Map<String, Object> dimensions) {
        this.weight = weight;
        this.dimensions = dimensions;
    }

    void flags(boolean active, boolean featured) {
        this.active = active;
        this.featured = featured;
    }

    void categorize(Category category) {
        this.category = category;
    }

    void identify(String sku, String slug) {
        this.sku = sku;
        this.slug = slug;
    }

    /** Mirrors a stock value that StockKeeper has just written with SQL. */
    void stockWritten(int stock) {
        this.stock = stock;
    }

    void touch() {
        this.updatedAt = Instant.now();
    }

    void delete() {
        this.deletedAt = Instant.now();
        touch();
    }

    /** Back from a soft delete; a live product cannot be restored (the caller would be mistaken about it). */
    void restore() {
        if (deletedAt == null) {
            throw new ConflictException("product_not_deleted", "This product is not deleted");
        }
        this.deletedAt = null;
        touch();
    }

    void addVariant(ProductVariant variant) {
        variants.add(variant);
        touch();
    }

    void addImage(ProductImage image) {
        images.add(image);
        touch();
    }

    public boolean hasVariants() {
        return !variants.isEmpty();
    }

    /** What can be sold: the variants' total for a product with variants, else its own stock. */
    public int sellableStock() {
        if (!hasVariants()) {
            return stock;
        }
        long total = variants.stream().mapToLong(ProductVariant::getStock).sum();
        return (int) Math.min(Integer.MAX_VALUE, total);
    }

    public boolean isOnSale() {
        return compareAtPrice != null && compareAtPrice.compareTo(price) > 0;
    }

    /** The saving against compareAtPrice in whole percent (half-up), or null when not on sale. */
    public Integer discountPercentage() {
        if (!isOnSale() || compareAtPrice.signum() == 0) {
            return null;
        }
        return compareAtPrice.subtract(price).multiply(BigDecimal.valueOf(100))
                .divide(compareAtPrice, 0, RoundingMode.HALF_UP).intValue();
    }

    /** The product's price in {@code currency}: its own {@code price} in its currency, else that entry, if any. */
    public Optional<ProductPrice> priceIn(String currency) {
        if (this.currency.equals(currency)) {
            return Optional.of(new ProductPrice(currency, price, compareAtPrice));
        }
        StoredPrice other = prices == null ? null : prices.get(currency);
        return other == null ? Optional.empty() : Optional.of(new ProductPrice(currency,
                PriceRules.scaled(other.amount(), currency), PriceRules.scaled(other.compareAtPrice(), currency)));
    }

    /** Every price of the product: its own currency's first, then the others by currency code. */
    public List<ProductPrice> prices() {
        List<ProductPrice> all = new ArrayList<>();
        all.add(new ProductPrice(currency, price, compareAtPrice));
        otherPrices().forEach((code, p) -> all.add(new ProductPrice(code, PriceRules.scaled(p.amount(), code),
                PriceRules.scaled(p.compareAtPrice(), code))));
        return all;
    }

    Map<String, StoredPrice> otherPrices() {
        return prices == null ? Map.of() : new TreeMap<>(prices);
    }

    public boolean isLive() {
        return active && deletedAt == null;
    }

    public UUID getId() { return id; }
    public String getName() { return name; }
    public String getSlug() { return slug; }
    public String getDescription() { return description; }
    public String getShortDescription() { return shortDescription; }
    public BigDecimal getPrice() { return price; }
    public BigDecimal getCompareAtPrice() { return compareAtPrice; }
    public String getCurrency() { return currency; }
    public String getSku() { return sku; }
    public int getStock() { return stock; }
    public BigDecimal getWeight() { return weight; }
    public Map<String, Object> getDimensions() { return dimensions; }
    public boolean isActive() { return active; }
    public boolean isFeatured() { return featured; }
    public String getSeoTitle() { return seoTitle; }
    public String getSeoDescription() { return seoDescription; }
    public Category getCategory() { return category; }
    public BigDecimal getRatingAverage() { return ratingAverage; }
    public int getRatingCount() { return ratingCount; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getDeletedAt() { return deletedAt; }
    public List<ProductVariant> getVariants() { return variants; }
    public List<ProductImage> getImages() { return images; }
    public Map<String, ProductTranslation> getTranslations() { return translations; }
    public Map<String, Object> getMetadata() { return metadata; }
    public Map<String, Object> getPrivateMetadata() { return privateMetadata; }

    /** The translation in {@code locale}, created empty when there is none. */
    ProductTranslation translationIn(String locale, Instant now) {
        return translations.computeIfAbsent(locale, l -> new ProductTranslation(this, l, now));
    }

    boolean removeTranslation(String locale) {
        return translations.remove(locale) != null;
    }
}
