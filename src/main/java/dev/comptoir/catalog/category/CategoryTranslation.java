package dev.comptoir.catalog.category;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A category's texts in one language (ADR 0011); a null one falls back to the market's default
 * language, then to the category's own.
 */
@Entity
@Table(name = "category_translations")
public class CategoryTranslation {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    private Category category;

    private String locale;
    private String name;
    private String slug;
    private String description;
    private Instant createdAt;
    private Instant updatedAt;

    protected CategoryTranslation() {}

    CategoryTranslation(Category category, String locale, Instant now) {
        this.id = UUID.randomUUID();
        this.category = category;
        this.locale = locale;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void write(String name, String slug, String description, Instant now) {
        this.name = name;
        this.slug = slug;
        this.description = description;
        this.updatedAt = now;
    }

    public UUID getId() { return id; }
    public Category getCategory() { return category; }
    public String getLocale() { return locale; }
    public String getName() { return name; }
    public String getSlug() { return slug; }
    public String getDescription() { return description; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
