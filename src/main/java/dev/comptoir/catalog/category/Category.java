package dev.comptoir.catalog.category;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKey;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A node of the category tree. {@code parent} is mapped both as an association (so that a product's
 * category path is reachable for search indexing) and as a plain id (for building the tree from one
 * flat query).
 */
@Entity
@Table(name = "categories")
public class Category {

    @Id
    private UUID id;

    private String name;

    private String slug;

    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Category parent;

    @Column(name = "parent_id", insertable = false, updatable = false)
    private UUID parentId;

    private int position;

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

    /** By language (ADR 0011). */
    @OneToMany(mappedBy = "category", cascade = CascadeType.ALL, orphanRemoval = true)
    @MapKey(name = "locale")
    private Map<String, CategoryTranslation> translations = new HashMap<>();

    protected Category() {}

    Category(UUID id, String name, String slug, String description, Category parent, int position) {
        this.id = id;
        this.name = name;
        this.slug = slug;
        this.description = description;
        this.position = position;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
        moveUnder(parent);
    }

    void rename(String name, String slug, String description) {
        this.name = name;
        this.slug = slug;
        this.description = description;
        this.updatedAt = Instant.now();
    }

    void moveUnder(Category parent) {
        this.parent = parent;
        this.parentId = parent == null ? null : parent.getId();
        this.updatedAt = Instant.now();
    }

    void placeAt(int position) {
        this.position = position;
        this.updatedAt = Instant.now();
    }

    void delete() {
        this.deletedAt = Instant.now();
        this.updatedAt = deletedAt;
    }

    /** Names from the root down to this category, e.g. [Maison, Cuisine, Ustensiles]. */
    public List<String> pathNames() {
        List<String> names = new ArrayList<>();
        for (Category c = this; c != null; c = c.parent) {
            names.add(c.name);
        }
        Collections.reverse(names);
        return names;
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSlug() {
        return slug;
    }

    public String getDescription() {
        return description;
    }

    public Category getParent() {
        return parent;
    }

    public UUID getParentId() {
        return parentId;
    }

    public int getPosition() {
        return position;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public Map<String, Object> getMetadata() {
        return metadata;
    }

    public Map<String, Object> getPrivateMetadata() {
        return privateMetadata;
    }

    public Map<String, CategoryTranslation> getTranslations() {
        return translations;
    }

    CategoryTranslation translationIn(String locale, Instant now) {
        return translations.computeIfAbsent(locale, l -> new CategoryTranslation(this, l, now));
    }

    boolean removeTranslation(String locale) {
        return translations.remove(locale) != null;
    }
}
