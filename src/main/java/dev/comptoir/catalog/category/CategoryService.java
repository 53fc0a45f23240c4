package dev.comptoir.catalog.category;

import dev.comptoir.catalog.CatalogLocale;
import dev.comptoir.catalog.CategoryChanged;
import dev.comptoir.catalog.ProductChanged;
import dev.comptoir.catalog.support.SlugAllocator;
import dev.comptoir.catalog.support.Slugs;
import dev.comptoir.shared.error.BadRequestException;
import dev.comptoir.shared.error.ConflictException;
import dev.comptoir.shared.error.NotFoundException;
import dev.comptoir.shared.error.Problems.FieldProblem;
import dev.comptoir.shared.metadata.Metadata;
import dev.comptoir.shared.metadata.MetadataColumns;
import dev.comptoir.shared.metadata.MetadataPatch;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and edits the category tree. Every read loads the live tree with one query. */
@Service
public class CategoryService {

    private static final String TABLE = "categories";

    private final CategoryRepository categories;
    private final SlugAllocator slugs;
    private final JdbcTemplate jdbc;
    private final MetadataColumns metadata;
    private final ApplicationEventPublisher events;

    CategoryService(CategoryRepository categories, SlugAllocator slugs, JdbcTemplate jdbc, MetadataColumns metadata,
            ApplicationEventPublisher events) {
        this.categories = categories;
        this.slugs = slugs;
        this.jdbc = jdbc;
        this.metadata = metadata;
        this.events = events;
    }

    /** The live tree, its texts in {@code locale}. */
    @Transactional(readOnly = true)
    public List<CategoryNode> tree(CatalogLocale locale) {
        return new CategoryTree(categories.findAllLive(), locale).roots();
    }

    /**
     * A live category by id or slug, its texts in {@code locale}. A slug is looked for in the read's
     * languages first, then among the categories' own slugs, then in any other language.
     */
    @Transactional(readOnly = true)
    public CategoryDetail get(String idOrSlug, CatalogLocale locale) {
        List<Category> all = categories.findAllLive();
        Category c = find(all, idOrSlug, locale.chain()).orElseThrow(CategoryService::notFound);
        return detail(new CategoryTree(all, locale), c, locale);
    }

    /** The live tree with the categories' own texts (the admin view: what an edit sends back). */
    @Transactional(readOnly = true)
    public List<CategoryNode> adminTree() {
        return new CategoryTree(categories.findAllLive()).roots();
    }

    /** A live category with its own texts and its translations (the admin view). */
    @Transactional(readOnly = true)
    public CategoryDetail adminDetail(UUID id) {
        Category c = categories.findLive(id).orElseThrow(CategoryService::notFound);
        return detail(new CategoryTree(categories.findAllLive()), c);
    }

    /** The category named by id or slug (in any language) and all its live descendants; empty when it does not exist. */
    @Transactional(readOnly = true)
    public Optional<Set<UUID>> subtree(String idOrSlug) {
        List<Category> all = categories.findAllLive();
        return find(all, idOrSlug, List.of()).map(c -> new CategoryTree(all).subtree(c.getId()));
    }

    @Transactional
    public CategoryDetail create(CategoryRequest request) {
        Category parent = request.parentId() == null ? null : parent(request.parentId());
        CategoryTree tree = new CategoryTree(categories.findAllLive());
        UUID id = UUID.randomUUID();
        String slug = slug(request, id);
        int position = request.position() != null ? request.position()
                : tree.nextPosition(parent == null ? null : parent.getId());
        Category category = new Category(id, request.name().strip(), slug, request.description(), parent, position);
        categories.save(category);
        events.publishEvent(new CategoryChanged(category.getId()));
        return detail(new CategoryTree(categories.findAllLive()), category);
    }

    @Transactional
    public CategoryDetail update(UUID id, CategoryRequest request) {
        Category category = categories.findLive(id).orElseThrow(CategoryService::notFound);
        CategoryTree tree = new CategoryTree(categories.findAllLive());
        if (request.parentId() == null) {
            category.moveUnder(null);
        } else if (!request.parentId().equals(category.getParentId())) {
            if (tree.subtree(id).contains(request.parentId())) {
                throw cycle();
            }
            category.moveUnder(parent(request.parentId()));
        }
        String slug = request.slug() == null ? category.getSlug()
                : request.slug().equals(category.getSlug()) ? request.slug() : slugs.claim(TABLE, request.slug(), id);
        category.rename(request.name().strip(), slug, request.description());
        if (request.position() != null) {
            category.placeAt(request.position());
        }
        categories.flush();
        events.publishEvent(new CategoryChanged(id));
        return detail(new CategoryTree(categories.findAllLive()), category);
    }

    /**
     * Soft-deletes a category. One that still has live products or sub-categories is refused unless
     * {@code moveTo} names where they go (another category outside this one's sub-tree).
     */
    @Transactional
    public void delete(UUID id, UUID moveTo) {
        Category category = categories.findLive(id).orElseThrow(CategoryService::notFound);
        List<UUID> products = jdbc.queryForList(
                "SELECT id FROM products WHERE category_id = ? AND deleted_at IS NULL", UUID.class, id);
        boolean hasChildren = categories.hasLiveChildren(id);
        if (moveTo == null) {
            if (!products.isEmpty() || hasChildren) {
                throw new ConflictException("category_not_empty",
                        "The category still has products or sub-categories; pass moveTo to reassign them",
                        Map.of("products", products.size(), "hasChildren", hasChildren));
            }
        } else {
            Category target = categories.findLive(moveTo).orElseThrow(() -> new BadRequestException("invalid_data",
                    "moveTo does not name a category",
                    Map.of("errors", FieldProblem.single("moveTo", "does not name an existing category"))));
            if (new CategoryTree(categories.findAllLive()).subtree(id).contains(target.getId())) {
                throw cycle();
            }
            categories.reparentChildren(id, target.getId());
            // deleted products follow too, so that no product points at a deleted category
            jdbc.update("UPDATE products SET category_id = ?, updated_at = now() WHERE category_id = ?",
                    target.getId(), id);
            products.forEach(p -> events.publishEvent(new ProductChanged(p)));
        }
        category.delete();
        events.publishEvent(new CategoryChanged(id));
    }

    /** Merges a metadata patch into a live category's (ADR 0013); cached storefront reads move on. */
    @Transactional
    public Metadata patchMetadata(UUID id, MetadataPatch patch) {
        Metadata merged = metadata.patch(TABLE, "id = ? AND deleted_at IS NULL", patch, id)
                .orElseThrow(CategoryService::notFound);
        events.publishEvent(new CategoryChanged(id));
        return merged;
    }

    private String slug(CategoryRequest request, UUID id) {
        if (request.slug() != null) {
            return slugs.claim(TABLE, request.slug(), id);
        }
        return slugs.allocate(TABLE, Slugs.from(request.name(), "category", 120));
    }

    private static Optional<Category> find(List<Category> all, String idOrSlug, List<String> chain) {
        Optional<UUID> id = Slugs.asUuid(idOrSlug);
        if (id.isPresent()) {
            return all.stream().filter(c -> c.getId().equals(id.get())).findFirst();
        }
        return all.stream().filter(c -> slugRank(c, idOrSlug, chain) >= 0)
                .min(Comparator.<Category>comparingInt(c -> slugRank(c, idOrSlug, chain)).thenComparing(Category::getId));
    }

    /** 0.. for a slug in the read's languages, then the category's own slug, then another language's; -1: none. */
    private static int slugRank(Category c, String slug, List<String> chain) {
        for (int i = 0; i < chain.size(); i++) {
            CategoryTranslation t = c.getTranslations().get(chain.get(i));
            if (t != null && slug.equals(t.getSlug())) {
                return i;
            }
        }
        if (slug.equals(c.getSlug())) {
            return chain.size();
        }
        return c.getTranslations().values().stream().anyMatch(t -> slug.equals(t.getSlug())) ? chain.size() + 1 : -1;
    }

    private Category parent(UUID parentId) {
        return categories.findLive(parentId).orElseThrow(() -> new BadRequestException("invalid_data",
                "parentId does not name a category",
                Map.of("errors", FieldProblem.single("parentId", "does not name an existing category"))));
    }

    /** The admin view: own texts and translations. */
    private static CategoryDetail detail(CategoryTree tree, Category c) {
        List<CategoryTranslationResponse> translations = c.getTranslations().values().stream()
                .sorted(Comparator.comparing(CategoryTranslation::getLocale)).map(CategoryTranslationResponse::of).toList();
        return new CategoryDetail(c.getId(), null, c.getName(), c.getSlug(), c.getDescription(), c.getParentId(),
                c.getPosition(), tree.path(c), tree.nodes(c.getId()), translations, c.getCreatedAt(), c.getUpdatedAt(),
                c.getMetadata(), c.getPrivateMetadata());
    }

    /** The storefront view: texts in the tree's language. */
    private static CategoryDetail detail(CategoryTree tree, Category c, CatalogLocale locale) {
        return new CategoryDetail(c.getId(), locale.locale(), tree.name(c), tree.slug(c), tree.description(c),
                c.getParentId(), c.getPosition(), tree.path(c), tree.nodes(c.getId()), null, c.getCreatedAt(),
                c.getUpdatedAt(), c.getMetadata(), null);
    }

    static NotFoundException notFound() {
        return new NotFoundException("category_not_found", "No such category");
    }

    private static ConflictException cycle() {
        return new ConflictException("category_cycle", "A category cannot be moved under itself or one of its descendants");
    }
}
