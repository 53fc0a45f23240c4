package dev.comptoir.catalog.product;

import dev.comptoir.catalog.CatalogLocale;
import dev.comptoir.catalog.LocaleParameters;
import dev.comptoir.markets.Market;
import dev.comptoir.markets.MarketParameters;
import dev.comptoir.markets.RequestMarket;
import dev.comptoir.shared.openapi.ApiHeader;
import dev.comptoir.shared.openapi.ApiHeaders;
import dev.comptoir.shared.openapi.ErrorCodes;
import io.swagger.v3.oas.annotations.Operation;
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
@Tag(name = "Products")
class ProductController {

    private final ProductReader reader;
    private final ProductAdminService admin;
    private final CatalogMarkets markets;

    ProductController(ProductReader reader, ProductAdminService admin, CatalogMarkets markets) {
        this.reader = reader;
        this.admin = admin;
        this.markets = markets;
    }

    @ApiHeaders(ApiHeader.ETAG)
    @LocaleParameters
    @MarketParameters
    @Operation(operationId = "getProduct", summary = "One live product",
            description = "A live product by id or slug, with its variants (each with its own price and stock), images, "
            + "category and rating, in the request's market: prices in its currency, `price` as it displays them "
            + "(incl. tax in a tax-inclusive market) beside `priceExclTax` and `priceInclTax`, at the price lists that "
            + "apply to the reader (everyone's; a signed-in customer's groups' too: a sale shows the price it beats "
            + "as `compareAtPrice`); its texts in the "
            + "negotiated language (`locale`). A slug in any language finds the product (the read's languages "
            + "first). Inactive and deleted products, and those without a price in the market's currency (not sold "
            + "there), are 404.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "product_not_found")
    @GetMapping("/{idOrSlug}")
    ProductResponse get(@PathVariable String idOrSlug, @RequestMarket Market market, CatalogLocale locale) {
        return reader.publicProduct(idOrSlug, markets.of(market), locale);
    }

    @ApiHeaders(ApiHeader.LOCATION)
    @Operation(operationId = "createProduct", summary = "Create a product",
            description = "Creates a product (with its variants and images in one call); the slug is made from the name "
            + "when absent. `price` is the net price in the product's currency (EUR); `prices` adds prices in other "
            + "currencies (net, in each currency's decimals, never converted): a product is sold only in the markets "
            + "of the currencies it has a price in. Needs catalog:write.")
    @ApiResponse(responseCode = "201", description = "The created product", useReturnTypeSchema = true)
    @ErrorCodes(status = HttpStatus.CONFLICT, value = {"duplicate_sku", "duplicate_slug"})
    @PriceErrors
    @PostMapping
    @PreAuthorize("hasAuthority('catalog:write')")
    ResponseEntity<ProductResponse> create(@Valid @RequestBody ProductRequest request) {
        ProductResponse created = admin.create(request);
        return ResponseEntity.created(URI.create("/api/products/" + created.id())).body(created);
    }

    @Operation(operationId = "replaceProduct", summary = "Replace a product",
            description = "Replaces every field of a product; variants and images are managed by their own routes. "
            + "`prices`, when given, is the product's whole set of prices (an entry in EUR must equal `price`); "
            + "without it the prices in other currencies are kept. A `stock` other than the one shown is the on-hand "
            + "count at the default stock location (main): below what orders hold there is 409 insufficient_stock. "
            + "Needs catalog:write.")
    @ErrorCodes(status = HttpStatus.CONFLICT, value = {"duplicate_sku", "duplicate_slug", "insufficient_stock"})
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "product_not_found")
    @ErrorCodes(status = HttpStatus.UNPROCESSABLE_CONTENT, value = "stock_managed_by_variants")
    @PriceErrors
    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('catalog:write')")
    ProductResponse replace(@PathVariable UUID id, @Valid @RequestBody ProductRequest request) {
        return admin.replace(id, request);
    }

    @Operation(operationId = "updateProduct", summary = "Change some fields of a product",
            description = "Changes only the fields sent (price, stock, isActive, ...). `prices`, when sent, is the product's "
            + "whole set of prices; its EUR entry sets `price`. Needs catalog:write.")
    @ErrorCodes(status = HttpStatus.CONFLICT, value = {"duplicate_sku", "duplicate_slug", "insufficient_stock"})
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "product_not_found")
    @ErrorCodes(status = HttpStatus.UNPROCESSABLE_CONTENT, value = "stock_managed_by_variants")
    @PriceErrors
    @PatchMapping("/{id}")
    @PreAuthorize("hasAuthority('catalog:write')")
    ProductResponse patch(@PathVariable UUID id, @Valid @RequestBody ProductPatch patch) {
        return admin.patch(id, patch);
    }

    @Operation(operationId = "deleteProduct", summary = "Delete a product",
            description = "Soft delete: the product leaves the public routes and search, and stays readable by admins, "
            + "past orders and the stock ledger. Needs catalog:write.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "product_not_found")
    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('catalog:write')")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        admin.delete(id);
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "addProductVariant", summary = "Add a variant to a product",
            description = "Adds a variant (size, colour...) with its own SKU, price and stock; the product's stock "
            + "becomes the sum of its variants'. Needs catalog:write.")
    @ApiResponse(responseCode = "201", description = "The product with its new variant", useReturnTypeSchema = true)
    @ErrorCodes(status = HttpStatus.CONFLICT, value = "duplicate_sku")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "product_not_found")
    @PriceErrors
    @PostMapping("/{id}/variants")
    @PreAuthorize("hasAuthority('catalog:write')")
    ResponseEntity<ProductResponse> addVariant(@PathVariable UUID id, @Valid @RequestBody VariantRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(admin.addVariant(id, request));
    }

    @Operation(operationId = "replaceProductVariant", summary = "Replace a variant",
            description = "Replaces a variant's SKU, name, options, price and stock. Needs catalog:write.")
    @ErrorCodes(status = HttpStatus.CONFLICT, value = {"duplicate_sku", "insufficient_stock"})
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = {"product_not_found", "variant_not_found"})
    @PriceErrors
    @PutMapping("/{id}/variants/{variantId}")
    @PreAuthorize("hasAuthority('catalog:write')")
    ProductResponse replaceVariant(@PathVariable UUID id, @PathVariable UUID variantId,
            @Valid @RequestBody VariantRequest request) {
        return admin.replaceVariant(id, variantId, request);
    }

    @Operation(operationId = "deleteProductVariant", summary = "Delete a variant",
            description = "Removes a variant from the product (past orders keep their lines). Needs catalog:write.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = {"product_not_found", "variant_not_found"})
    @DeleteMapping("/{id}/variants/{variantId}")
    @PreAuthorize("hasAuthority('catalog:write')")
    ProductResponse deleteVariant(@PathVariable UUID id, @PathVariable UUID variantId) {
        return admin.deleteVariant(id, variantId);
    }

    @Operation(operationId = "addProductImage", summary = "Add an image to a product",
            description = "Adds an image by its https URL, at the end of the product's images. Needs catalog:write.")
    @ApiResponse(responseCode = "201", description = "The product with its new image", useReturnTypeSchema = true)
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "product_not_found")
    @PostMapping("/{id}/images")
    @PreAuthorize("hasAuthority('catalog:write')")
    ResponseEntity<ProductResponse> addImage(@PathVariable UUID id, @Valid @RequestBody ImageRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(admin.addImage(id, request));
    }

    @Operation(operationId = "reorderProductImages", summary = "Reorder a product's images",
            description = "Sets the order of the images: every image id of the product, once. Needs catalog:write.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = {"product_not_found", "image_not_found"})
    @PutMapping("/{id}/images/order")
    @PreAuthorize("hasAuthority('catalog:write')")
    ProductResponse reorderImages(@PathVariable UUID id, @Valid @RequestBody ImageOrderRequest request) {
        return admin.reorderImages(id, request);
    }

    @Operation(operationId = "deleteProductImage", summary = "Delete an image of a product",
            description = "Removes one image; the others keep their order. Needs catalog:write.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = {"product_not_found", "image_not_found"})
    @DeleteMapping("/{id}/images/{imageId}")
    @PreAuthorize("hasAuthority('catalog:write')")
    ProductResponse deleteImage(@PathVariable UUID id, @PathVariable UUID imageId) {
        return admin.deleteImage(id, imageId);
    }
}
