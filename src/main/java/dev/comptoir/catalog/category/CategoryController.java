package dev.comptoir.catalog.category;

import dev.comptoir.catalog.CatalogLocale;
import dev.comptoir.catalog.LocaleParameters;
import dev.comptoir.markets.MarketParameters;
import dev.comptoir.shared.openapi.ApiHeader;
import dev.comptoir.shared.openapi.ApiHeaders;
import dev.comptoir.shared.openapi.ErrorCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
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
@Tag(name = "Categories")
class CategoryController {

    private final CategoryService categories;

    CategoryController(CategoryService categories) {
        this.categories = categories;
    }

    /** The whole tree: {@code {data: [root, ...], locale}}, each node with nested {@code children}. */
    @ApiHeaders(ApiHeader.ETAG)
    @LocaleParameters
    @MarketParameters
    @Operation(operationId = "listCategories", summary = "The category tree",
            description = "Every category as a tree: `data` holds the roots, each node its `children`, with product "
            + "counts; names, slugs and descriptions in the negotiated language (`locale`).")
    @GetMapping
    TreeResponse tree(CatalogLocale locale) {
        return new TreeResponse(categories.tree(locale), locale.locale());
    }

    @ApiHeaders(ApiHeader.ETAG)
    @LocaleParameters
    @MarketParameters
    @Operation(operationId = "getCategory", summary = "One category",
            description = "A category by id or slug (a slug in any language, the read's languages first), with its "
            + "parent chain (breadcrumb) and direct children, its texts in the negotiated language (`locale`).")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "category_not_found")
    @GetMapping("/{idOrSlug}")
    CategoryDetail get(@PathVariable String idOrSlug, CatalogLocale locale) {
        return categories.get(idOrSlug, locale);
    }

    @ApiHeaders(ApiHeader.LOCATION)
    @Operation(operationId = "createCategory", summary = "Create a category",
            description = "Creates a category, under a parent when `parentId` is given; answers its own texts and "
            + "`translations`. Needs catalog:write.")
    @ApiResponse(responseCode = "201", description = "The created category", useReturnTypeSchema = true)
    @ErrorCodes(status = HttpStatus.CONFLICT, value = "duplicate_slug")
    @PostMapping
    @PreAuthorize("hasAuthority('catalog:write')")
    ResponseEntity<CategoryDetail> create(@Valid @RequestBody CategoryRequest request) {
        CategoryDetail created = categories.create(request);
        return ResponseEntity.created(URI.create("/api/categories/" + created.id())).body(created);
    }

    @Operation(operationId = "replaceCategory", summary = "Replace a category",
            description = "Replaces a category's name, slug, description, parent and position; a parent below itself is "
            + "409 category_cycle; answers its own texts and `translations`. Needs catalog:write.")
    @ErrorCodes(status = HttpStatus.CONFLICT, value = {"duplicate_slug", "category_cycle"})
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "category_not_found")
    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('catalog:write')")
    CategoryDetail update(@PathVariable UUID id, @Valid @RequestBody CategoryRequest request) {
        return categories.update(id, request);
    }

    @Operation(operationId = "deleteCategory", summary = "Delete a category",
            description = "Deletes a category; its products and children move to `moveTo` when given, otherwise a "
            + "category that still has any is 409 category_not_empty; a `moveTo` inside its own sub-tree is 409 "
            + "category_cycle. Needs catalog:write.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ErrorCodes(status = HttpStatus.CONFLICT, value = {"category_not_empty", "category_cycle"})
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "category_not_found")
    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('catalog:write')")
    ResponseEntity<Void> delete(@PathVariable UUID id, @RequestParam(required = false) UUID moveTo) {
        categories.delete(id, moveTo);
        return ResponseEntity.noContent().build();
    }

    /** The roots of the tree, and the language of its texts. */
    record TreeResponse(List<CategoryNode> data, String locale) {}
}
