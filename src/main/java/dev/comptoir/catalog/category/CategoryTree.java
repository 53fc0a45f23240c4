package dev.comptoir.catalog.category;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The live categories loaded by one query, indexed for walking up (path) and down (sub-trees). */
final class CategoryTree {

    private static final Comparator<Category> ORDER =
            Comparator.comparingInt(Category::getPosition).thenComparing(Category::getName, String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(Category::getId);

    private final Map<UUID, Category> byId = new HashMap<>();
    private final Map<UUID, List<Category>> children = new HashMap<>();

    CategoryTree(List<Category> all) {
        all.forEach(c -> byId.put(c.getId(), c));
        for (Category c : all) {
            // a live child of a deleted parent cannot exist (delete requires an empty category)
            children.computeIfAbsent(c.getParentId(), k -> new ArrayList<>()).add(c);
        }
        children.values().forEach(list -> list.sort(ORDER));
    }

    List<CategoryNode> roots() {
        return nodes(null);
    }

    List<CategoryNode> nodes(UUID parentId) {
        return children.getOrDefault(parentId, List.of()).stream().map(this::node).toList();
    }

    CategoryNode node(Category c) {
        return new CategoryNode(c.getId(), c.getName(), c.getSlug(), c.getDescription(), c.getParentId(),
                c.getPosition(), nodes(c.getId()));
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
            path.add(0, new CategoryDetail.Ref(parent.getId(), parent.getName(), parent.getSlug()));
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
