package dev.comptoir.catalog.product;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A product's texts in one language (ADR 0011). Each may be null: that field then falls back to the
 * market's default language, then to the product's own text.
 */
@Entity
@Table(name = "product_translations")
public class ProductTranslation {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    private String locale;
    private String name;
    private String slug;
    private String description;
    private String shortDescription;
    private String seoTitle;
    private String seoDescription;
    private Instant createdAt;
    private Instant updatedAt;

    protected ProductTranslation() {}

    ProductTranslation(Product product, String locale, Instant now) {
        this.id = UUID.randomUUID();
        this.product = product;
        this.locale = locale;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void write(String name, String slug, String description, String shortDescription, String seoTitle,
            String seoDescription, Instant now) {
        this.name = name;
        this.slug = slug;
        this.description = description;
        this.shortDescription = shortDescription;
        this.seoTitle = seoTitle;
        this.seoDescription = seoDescription;
        this.updatedAt = now;
    }

    public UUID getId() { return id; }
    public Product getProduct() { return product; }
    public String getLocale() { return locale; }
    public String getName() { return name; }
    public String getSlug() { return slug; }
    public String getDescription() { return description; }
    public String getShortDescription() { return shortDescription; }
    public String getSeoTitle() { return seoTitle; }
    public String getSeoDescription() { return seoDescription; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
