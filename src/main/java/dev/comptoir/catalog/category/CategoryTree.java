package dev.comptoir.catalog.category;

import dev.comptoir.catalog.CatalogLocale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The live categories loaded by one query, indexed for walking up (path) and down (sub-trees), their
 * texts in one language (null: their own).
 */
final class CategoryTree {

    private final Map<UUID, Category> byId = new HashMap<>();
    private final Map<UUID, List<Category>> children = new HashMap<>();
    private final CatalogLocale locale;

    CategoryTree(List<Category> all) {
        this(all, null);
    }

    CategoryTree(List<Category> all, CatalogLocale locale) {
        this.locale = locale;
        all.forEach(c -> byId.put(c.getId(), c));
        for (Category c : all) {
            // a live child of a deleted parent cannot exist (delete requires an empty category)
            children.computeIfAbsent(c.getParentId(), k -> new ArrayList<>()).add(c);
        }
        // siblings by position, then by name as this tree shows it
        Comparator<Category> order = Comparator.comparingInt(Category::getPosition)
                .thenComparing(this::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Category::getId);
        children.values().forEach(list -> list.sort(order));
    }

    List<CategoryNode> roots() {
        return nodes(null);
    }

    List<CategoryNode> nodes(UUID parentId) {
        return children.getOrDefault(parentId, List.of()).stream().map(this::node).toList();
    }

    CategoryNode node(Category c) {
        return new CategoryNode(c.getId(), name(c), slug(c), description(c), c.getParentId(), c.getPosition(),
                nodes(c.getId()));
    }

    String name(Category c) {
        return locale == null ? c.getName() : locale.text(c.getTranslations(), CategoryTranslation::getName, c.getName());
    }

    String slug(Category c) {
        return locale == null ? c.getSlug() : locale.text(c.getTranslations(), CategoryTranslation::getSlug, c.getSlug());
    }

    String description(Category c) {
        return locale == null ? c.getDescription()
                : locale.text(c.getTranslations(), CategoryTranslation::getDescription, c.getDescription());
    }

    /** Ancestors from the root down to, but excluding, {@code c}. */
    List<CategoryDetail.Ref> path(Category c) {
        List<CategoryDetail.Ref> path = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (UUID p = c.getParentId(); p != null && seen.add(p); ) {
            Category parent = byId.get(p);
            if (parent == null) {
                break;
            }
            path.add(0, new CategoryDetail.Ref(parent.getId(), name(parent), slug(parent)));
            p = parent.getParentId();
        }
        return path;
    }

    /** The category and all its descendants. */
    Set<UUID> subtree(UUID root) {
        Set<UUID> ids = new HashSet<>();
        List<UUID> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            UUID id = todo.remove(todo.size() - 1);
            if (ids.add(id)) {
                children.getOrDefault(id, List.of()).forEach(c -> todo.add(c.getId()));
            }
        }
        return ids;
    }

    int nextPosition(UUID parentId) {
        return children.getOrDefault(parentId, List.of()).stream().mapToInt(Category::getPosition).max().orElse(-1) + 1;
    }
}
