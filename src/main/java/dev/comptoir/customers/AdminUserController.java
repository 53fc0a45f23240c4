package dev.comptoir.customers;

import dev.comptoir.shared.security.CurrentUser;
import dev.comptoir.shared.web.PageQuery;
import dev.comptoir.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
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

    @Operation(summary = "List live accounts, newest first; `email` filters by substring")
    @GetMapping("/users")
    @PreAuthorize("hasAuthority('customers:read')")
    PageResponse<UserView> list(@Valid PageQuery page, @RequestParam(required = false) String email) {
        return admin.list(email, page.pageable(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"))));
    }

    @Operation(summary = "Give an account another role; its sessions end at once (it signs in again)")
    @PutMapping("/users/{id}/role")
    @PreAuthorize("hasAuthority('users:manage')")
    UserView changeRole(@PathVariable UUID id, @Valid @RequestBody ChangeRoleRequest request) {
        return admin.changeRole(CurrentUser.require(), id, request.role());
    }

    @Operation(operationId = "deactivateUser", summary = "Deactivate an account",
            description = "Soft-deletes the account (its orders keep their history): it can no longer sign in, "
                    + "and its sessions end at once (refresh and access tokens refused).")
    @ApiResponse(responseCode = "204", description = "Deactivated")
    @ApiResponse(responseCode = "404", description = "error: user_not_found",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(responseCode = "409", description = "error: cannot_deactivate_own_account",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @DeleteMapping("/users/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('users:manage')")
    void deactivate(@PathVariable UUID id) {
        admin.deactivate(CurrentUser.require(), id);
    }

    @Operation(summary = "The roles and the permissions each grants")
    @GetMapping("/roles")
    @PreAuthorize("hasAuthority('users:manage')")
    List<AdminUserService.RoleView> roles() {
        return admin.roles();
    }
}
