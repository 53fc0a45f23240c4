package dev.comptoir.customers;

import dev.comptoir.shared.metadata.Metadata;
import dev.comptoir.shared.metadata.MetadataFilter;
import dev.comptoir.shared.metadata.MetadataFilters;
import dev.comptoir.shared.metadata.MetadataPatch;
import dev.comptoir.shared.openapi.ErrorCodes;
import dev.comptoir.shared.security.CurrentUser;
import dev.comptoir.shared.web.PageQuery;
import dev.comptoir.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Admin: users", description = "Accounts and roles")
@RestController
@RequestMapping("/api/admin")
class AdminUserController {

    private final AdminUserService admin;

    AdminUserController(AdminUserService admin) {
        this.admin = admin;
    }

    record ChangeRoleRequest(@NotBlank @Size(max = 64) String role) {}

    @Operation(operationId = "listUsers", summary = "List accounts",
            description = "Live accounts, newest first, paged; `email` keeps those whose email contains it, "
            + "`metadata.<key>=<value>` and `privateMetadata.<key>=<value>` those whose metadata holds that value. "
            + "Needs customers:read.")
    @GetMapping("/users")
    @MetadataFilters
    @PreAuthorize("hasAuthority('customers:read')")
    PageResponse<UserView> list(@Valid PageQuery page, @RequestParam(required = false) String email,
            MetadataFilter metadata) {
        return admin.list(email, metadata, page.pageable(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"))));
    }

    @Operation(operationId = "getUser", summary = "One account",
            description = "A live account as the back office sees it, `privateMetadata` included. Needs customers:read.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "user_not_found")
    @GetMapping("/users/{id}")
    @PreAuthorize("hasAuthority('customers:read')")
    UserView get(@PathVariable UUID id) {
        return admin.get(id);
    }

    @Operation(operationId = "patchCustomerMetadata", summary = "Merge an account's metadata",
            description = "Merges the top-level keys sent into the account's `metadata` (shown to its holder too) and "
            + "`privateMetadata` (staff only); a null value removes its key, a field left out is kept. Concurrent "
            + "patches of different keys all apply. Answers both fields as stored. Needs users:manage.")
    @ErrorCodes(status = HttpStatus.BAD_REQUEST, value = "invalid_metadata")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "user_not_found")
    @PatchMapping("/customers/{id}/metadata")
    @PreAuthorize("hasAuthority('users:manage')")
    Metadata patchMetadata(@PathVariable UUID id, @RequestBody MetadataPatch patch) {
        return admin.patchMetadata(id, patch);
    }

    @Operation(operationId = "changeUserRole", summary = "Change an account's role",
            description = "Gives an account another role (see listRoles); its sessions end at once (it signs in "
            + "again with the new role). Nobody changes their own role. Needs users:manage.")
    @ErrorCodes(status = HttpStatus.BAD_REQUEST, value = "unknown_role")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "user_not_found")
    @ErrorCodes(status = HttpStatus.CONFLICT, value = "cannot_change_own_role")
    @PutMapping("/users/{id}/role")
    @PreAuthorize("hasAuthority('users:manage')")
    UserView changeRole(@PathVariable UUID id, @Valid @RequestBody ChangeRoleRequest request) {
        return admin.changeRole(CurrentUser.require(), id, request.role());
    }

    @Operation(operationId = "deactivateUser", summary = "Deactivate an account",
            description = "Soft-deletes the account (its orders keep their history): it can no longer sign in, "
            + "and its sessions end at once (refresh and access tokens refused). Nobody deactivates their own "
            + "account. Needs users:manage.")
    @ApiResponse(responseCode = "204", description = "Deactivated")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "user_not_found")
    @ErrorCodes(status = HttpStatus.CONFLICT, value = "cannot_deactivate_own_account")
    @DeleteMapping("/users/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('users:manage')")
    void deactivate(@PathVariable UUID id) {
        admin.deactivate(CurrentUser.require(), id);
    }

    @Operation(operationId = "listRoles", summary = "The roles",
            description = "Every role and the permissions it grants. Needs users:manage.")
    @GetMapping("/roles")
    @PreAuthorize("hasAuthority('users:manage')")
    List<AdminUserService.RoleView> roles() {
        return admin.roles();
    }
}
