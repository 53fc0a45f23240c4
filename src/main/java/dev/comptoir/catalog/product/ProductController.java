package dev.comptoir.catalog.product;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Product detail for everyone, and the admin writes. Variant and image routes answer with the whole
 * product, whose derived fields (stock status, totals) they change.
 */
@RestController
@RequestMapping("/api/products")
class ProductController {

    private final ProductReader reader;
    private final ProductAdminService admin;

    ProductController(ProductReader reader, ProductAdminService admin) {
        this.reader = reader;
        this.admin = admin;
    }

    @GetMapping("/{idOrSlug}")
    ProductResponse get(@PathVariable String idOrSlug) {
        return reader.publicProduct(idOrSlug);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('catalog:write')")
    ResponseEntity<ProductResponse> create(@Valid @RequestBody ProductRequest request) {
        ProductResponse created = admin.create(request);
        return ResponseEntity.created(URI.create("/api/products/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('catalog:write')")
    ProductResponse replace(@PathVariable UUID id, @Valid @RequestBody ProductRequest request) {
        return admin.replace(id, request);
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasAuthority('catalog:write')")
    ProductResponse patch(@PathVariable UUID id, @Valid @RequestBody ProductPatch patch) {
        return admin.patch(id, patch);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('catalog:write')")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        admin.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/variants")
    @PreAuthorize("hasAuthority('catalog:write')")
    ResponseEntity<ProductResponse> addVariant(@PathVariable UUID id, @Valid @RequestBody VariantRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(admin.addVariant(id, request));
    }

    @PutMapping("/{id}/variants/{variantId}")
    @PreAuthorize("hasAuthority('catalog:write')")
    ProductResponse replaceVariant(@PathVariable UUID id, @PathVariable UUID variantId,
            @Valid @RequestBody VariantRequest request) {
        return admin.replaceVariant(id, variantId, request);
    }

    @DeleteMapping("/{id}/variants/{variantId}")
    @PreAuthorize("hasAuthority('catalog:write')")
    ProductResponse deleteVariant(@PathVariable UUID id, @PathVariable UUID variantId) {
        return admin.deleteVariant(id, variantId);
    }

    @PostMapping("/{id}/images")
    @PreAuthorize("hasAuthority('catalog:write')")
    ResponseEntity<ProductResponse> addImage(@PathVariable UUID id, @Valid @RequestBody ImageRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(admin.addImage(id, request));
    }

    @PutMapping("/{id}/images/order")
    @PreAuthorize("hasAuthority('catalog:write')")
    ProductResponse reorderImages(@PathVariable UUID id, @Valid @RequestBody ImageOrderRequest request) {
        return admin.reorderImages(id, request);
    }

    @DeleteMapping("/{id}/images/{imageId}")
    @PreAuthorize("hasAuthority('catalog:write')")
    ProductResponse deleteImage(@PathVariable UUID id, @PathVariable UUID imageId) {
        return admin.deleteImage(id, imageId);
    }
}
