package dev.comptoir.catalog.category;

import dev.comptoir.shared.metadata.Metadata;
import dev.comptoir.shared.metadata.MetadataPatch;
import dev.comptoir.shared.openapi.ApiHeader;
import dev.comptoir.shared.openapi.ApiHeaders;
import dev.comptoir.shared.openapi.ErrorCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Categories as admins see them — their own texts, whatever the reader's language (what an edit
 * sends back), with their translations — and their texts per language.
 */
@RestController
@RequestMapping("/api/admin/categories")
@PreAuthorize("hasAuthority('catalog:write')")
@Tag(name = "Categories")
class AdminCategoryController {

    private final CategoryService categories;
    private final CategoryTranslations translations;

    AdminCategoryController(CategoryService categories, CategoryTranslations translations) {
        this.categories = categories;
        this.translations = translations;
    }

    /** The tree's roots with the categories' own texts. */
    record AdminCategoryTree(List<CategoryNode> data) {}

    @Operation(operationId = "listAdminCategories", summary = "The category tree, for admins",
            description = "Every live category as a tree (`data` holds the roots, each node its `children`) with its "
            + "own name, slug and description: the texts an edit of the category sends back, whatever the reader's "
            + "language. Needs catalog:write.")
    @GetMapping
    AdminCategoryTree tree() {
        return new AdminCategoryTree(categories.adminTree());
    }

    @Operation(operationId = "getAdminCategory", summary = "One category, for admins",
            description = "A live category with its own texts, its path and children, and its `translations`. "
            + "Needs catalog:write.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "category_not_found")
    @GetMapping("/{id}")
    CategoryDetail get(@PathVariable UUID id) {
        return categories.adminDetail(id);
    }

    @Operation(operationId = "patchCategoryMetadata", summary = "Merge a category's metadata",
            description = "Merges the top-level keys sent into the category's `metadata` (public) and "
            + "`privateMetadata` (staff only); a null value removes its key, a field left out is kept. Answers both "
            + "fields as stored. Needs catalog:write.")
    @ErrorCodes(status = HttpStatus.BAD_REQUEST, value = "invalid_metadata")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "category_not_found")
    @PatchMapping("/{id}/metadata")
    Metadata patchMetadata(@PathVariable UUID id, @RequestBody MetadataPatch patch) {
        return categories.patchMetadata(id, patch);
    }

    @ApiHeaders(ApiHeader.LOCATION)
    @Operation(operationId = "putCategoryTranslation", summary = "Translate a category into a language",
            description = "Sets the category's name, slug and description in `locale` (a language of a market, or of "
            + "the emails: 400 unsupported_locale otherwise), replacing what that language had; a text left out, "
            + "empty or blank falls back to the market's default language, then to the category's own. A slug is "
            + "unique within its language and is no other category's own slug (409 duplicate_slug). 201 when the "
            + "language is new. Needs catalog:write.")
    @ApiResponse(responseCode = "200", description = "The translation, replaced", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "201", description = "The translation, new", useReturnTypeSchema = true)
    @ErrorCodes(status = HttpStatus.BAD_REQUEST, value = "unsupported_locale")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "category_not_found")
    @ErrorCodes(status = HttpStatus.CONFLICT, value = "duplicate_slug")
    @PutMapping("/{id}/translations/{locale}")
    ResponseEntity<CategoryTranslationResponse> put(@PathVariable UUID id,
            @Parameter(description = "a language tag, e.g. fr") @PathVariable String locale,
            @Valid @RequestBody CategoryTranslationRequest request) {
        CategoryTranslations.Written written = translations.put(id, locale, request);
        if (written.created()) {
            return ResponseEntity.created(URI.create("/api/admin/categories/" + id + "/translations/"
                    + written.translation().locale())).body(written.translation());
        }
        return ResponseEntity.ok(written.translation());
    }

    @Operation(operationId = "getCategoryTranslation", summary = "A category's texts in a language",
            description = "The texts stored for `locale` (null where it falls back). Needs catalog:write.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = {"category_not_found", "translation_not_found"})
    @GetMapping("/{id}/translations/{locale}")
    CategoryTranslationResponse getTranslation(@PathVariable UUID id,
            @Parameter(description = "a language tag, e.g. fr") @PathVariable String locale) {
        return translations.get(id, locale);
    }

    @Operation(operationId = "deleteCategoryTranslation", summary = "Remove a category's translation",
            description = "Removes the category's texts in `locale`: that language falls back again. Needs catalog:write.")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = {"category_not_found", "translation_not_found"})
    @DeleteMapping("/{id}/translations/{locale}")
    ResponseEntity<Void> delete(@PathVariable UUID id,
            @Parameter(description = "a language tag, e.g. fr") @PathVariable String locale) {
        translations.delete(id, locale);
        return ResponseEntity.noContent().build();
    }
}
