package dev.comptoir.catalog.product;

import dev.comptoir.shared.openapi.ApiHeader;
import dev.comptoir.shared.openapi.ApiHeaders;
import dev.comptoir.shared.openapi.ErrorCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A product's texts per language: {@code /api/admin/products/{id}/translations/{locale}}. */
@RestController
@RequestMapping("/api/admin/products/{id}/translations/{locale}")
@PreAuthorize("hasAuthority('catalog:write')")
@Tag(name = "Products")
class ProductTranslationController {

    private final ProductTranslations translations;

    ProductTranslationController(ProductTranslations translations) {
        this.translations = translations;
    }

    @ApiHeaders(ApiHeader.LOCATION)
    @Operation(operationId = "putProductTranslation", summary = "Translate a product into a language",
            description = "Sets the product's texts in `locale` (a language of a market, or of the emails: 400 "
            + "unsupported_locale otherwise), replacing what that language had; a text left out, empty or blank "
            + "falls back to the market's default language, then to the product's own. A slug is unique within "
            + "its language and is no other product's own slug (409 duplicate_slug). 201 when the language is new. "
            + "Needs catalog:write.")
    @ApiResponse(responseCode = "200", description = "The translation, replaced", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "201", description = "The translation, new", useReturnTypeSchema = true)
    @ErrorCodes(status = HttpStatus.BAD_REQUEST, value = "unsupported_locale")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "product_not_found")
    @ErrorCodes(status = HttpStatus.CONFLICT, value = "duplicate_slug")
    @PutMapping
    ResponseEntity<ProductTranslationResponse> put(@PathVariable UUID id,
            @Parameter(description = "a language tag, e.g. fr") @PathVariable String locale,
            @Valid @RequestBody ProductTranslationRequest request) {
        ProductTranslations.Written written = translations.put(id, locale, request);
        if (written.created()) {
            return ResponseEntity.created(URI.create("/api/admin/products/" + id + "/translations/"
                    + written.translation().locale())).body(written.translation());
        }
        return ResponseEntity.ok(written.translation());
    }

    @Operation(operationId = "getProductTranslation", summary = "A product's texts in a language",
            description = "The texts stored for `locale` (null where it falls back). Needs catalog:write.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = {"product_not_found", "translation_not_found"})
    @GetMapping
    ProductTranslationResponse get(@PathVariable UUID id,
            @Parameter(description = "a language tag, e.g. fr") @PathVariable String locale) {
        return translations.get(id, locale);
    }

    @Operation(operationId = "deleteProductTranslation", summary = "Remove a product's translation",
            description = "Removes the product's texts in `locale`: that language falls back again. Needs catalog:write.")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = {"product_not_found", "translation_not_found"})
    @DeleteMapping
    ResponseEntity<Void> delete(@PathVariable UUID id,
            @Parameter(description = "a language tag, e.g. fr") @PathVariable String locale) {
        translations.delete(id, locale);
        return ResponseEntity.noContent().build();
    }
}
