package dev.comptoir.catalog.category;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/categories")
class CategoryController {

    private final CategoryService categories;

    CategoryController(CategoryService categories) {
        this.categories = categories;
    }

    /** The whole tree: {@code {data: [root, ...]}}, each node with nested {@code children}. */
    @GetMapping
    TreeResponse tree() {
        return new TreeResponse(categories.tree());
    }

    @GetMapping("/{idOrSlug}")
    CategoryDetail get(@PathVariable String idOrSlug) {
        return categories.get(idOrSlug);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('catalog:write')")
    ResponseEntity<CategoryDetail> create(@Valid @RequestBody CategoryRequest request) {
        CategoryDetail created = categories.create(request);
        return ResponseEntity.created(URI.create("/api/categories/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('catalog:write')")
    CategoryDetail update(@PathVariable UUID id, @Valid @RequestBody CategoryRequest request) {
        return categories.update(id, request);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('catalog:write')")
    ResponseEntity<Void> delete(@PathVariable UUID id, @RequestParam(required = false) UUID moveTo) {
        categories.delete(id, moveTo);
        return ResponseEntity.noContent().build();
    }

    record TreeResponse(List<CategoryNode> data) {}
}
