package dev.comptoir.integrations.apikeys;

import dev.comptoir.shared.openapi.ApiHeader;
import dev.comptoir.shared.openapi.ApiHeaders;
import dev.comptoir.shared.openapi.ErrorCodes;
import dev.comptoir.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/admin/api-keys}: admins make, list, revoke and rotate API keys; a key never manages keys. */
@Tag(name = "Admin: API keys", description = "Publishable keys for storefronts, secret keys for servers (admins)")
@RestController
@RequestMapping("/api/admin/api-keys")
@PreAuthorize("hasRole('admin')")
class ApiKeyController {

    private final ApiKeyService keys;

    ApiKeyController(ApiKeyService keys) {
        this.keys = keys;
    }

    @Operation(operationId = "listApiKeys", summary = "API keys",
            description = "Every key, newest first, with its status; a secret key without its token. Admins only.")
    @GetMapping
    List<ApiKeyView> list() {
        return keys.list();
    }

    @Operation(operationId = "createApiKey", summary = "Make an API key",
            description = "A `secret` key (`ck_live_...`) acts server to server with exactly its `permissions`; its "
            + "`token` is in this answer only. A `publishable` key (`pk_live_...`) grants nothing beyond the public "
            + "routes, may choose a `market` and have its own `rateLimit`. Admins only.")
    @ErrorCodes(status = HttpStatus.BAD_REQUEST, value = {"invalid_api_key_settings", "unknown_permission",
            "unknown_market", "invalid_expiry"})
    @ApiResponse(responseCode = "201", description = "The key, with its token", useReturnTypeSchema = true)
    @ApiHeaders(ApiHeader.LOCATION)
    @PostMapping
    ResponseEntity<ApiKeyView> create(@Valid @RequestBody ApiKeyService.CreateRequest body) {
        ApiKeyView created = keys.create(body, CurrentUser.actor());
        return ResponseEntity.status(HttpStatus.CREATED).header("Location", "/api/admin/api-keys/" + created.id())
                .body(created);
    }

    @Operation(operationId = "revokeApiKey", summary = "Revoke an API key",
            description = "It stops working at once (401 invalid_api_key); revoking it again changes nothing. "
            + "Admins only.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "api_key_not_found")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable UUID id) {
        keys.revoke(id);
    }

    @Operation(operationId = "rotateApiKey", summary = "Rotate an API key",
            description = "A new key with the same settings (its token in this answer only); the old one keeps "
            + "working during `overlap` (ISO-8601, default PT24H, at most P7D), then expires. Admins only.")
    @ErrorCodes(status = HttpStatus.BAD_REQUEST, value = "invalid_overlap")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "api_key_not_found")
    @ErrorCodes(status = HttpStatus.CONFLICT, value = {"api_key_revoked", "api_key_expired", "api_key_already_rotated"})
    @ApiResponse(responseCode = "201", description = "The successor, with its token", useReturnTypeSchema = true)
    @ApiHeaders(ApiHeader.LOCATION)
    @PostMapping("/{id}/rotate")
    ResponseEntity<ApiKeyView> rotate(@PathVariable UUID id,
            @RequestBody(required = false) ApiKeyService.@Nullable RotateRequest body) {
        ApiKeyView successor = keys.rotate(id, body == null ? null : body.overlap(), CurrentUser.actor());
        return ResponseEntity.status(HttpStatus.CREATED).header("Location", "/api/admin/api-keys/" + successor.id())
                .body(successor);
    }
}
