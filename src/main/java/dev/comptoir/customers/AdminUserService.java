package dev.comptoir.customers;

import dev.comptoir.shared.error.BadRequestException;
import dev.comptoir.shared.error.ConflictException;
import dev.comptoir.shared.error.NotFoundException;
import dev.comptoir.shared.metadata.Metadata;
import dev.comptoir.shared.metadata.MetadataColumns;
import dev.comptoir.shared.metadata.MetadataFilter;
import dev.comptoir.shared.metadata.MetadataPatch;
import dev.comptoir.shared.web.PageResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Back-office account management: look-up, role assignment and metadata. */
@Service
class AdminUserService {

    private final UserRepository users;
    private final RoleCatalog roles;
    private final Sessions sessions;
    private final MetadataColumns metadata;

    AdminUserService(UserRepository users, RoleCatalog roles, Sessions sessions, MetadataColumns metadata) {
        this.users = users;
        this.roles = roles;
        this.sessions = sessions;
        this.metadata = metadata;
    }

    @Transactional(readOnly = true)
    PageResponse<UserView> list(String emailContains, MetadataFilter metadata, Pageable pageable) {
        String filter = User.normalize(emailContains);
        Specification<User> spec = (root, query, cb) -> cb.isNull(root.get("deletedAt"));
        if (filter != null && !filter.isEmpty()) {
            String pattern = "%" + filter.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            spec = spec.and((root, query, cb) -> cb.like(root.get("email"), pattern, '\\'));
        }
        Page<User> page = users.findAll(spec.and(metadata.specification()), pageable);
        Map<String, List<String>> permissions = roles.all();
        return PageResponse.of(page, u -> UserView.admin(u, permissions.getOrDefault(u.role(), List.of())));
    }

    @Transactional(readOnly = true)
    UserView get(UUID userId) {
        User user = users.findByIdAndDeletedAtIsNull(userId).orElseThrow(AdminUserService::notFound);
        return UserView.admin(user, roles.permissionsOf(user.role()));
    }

    /** Merges a metadata patch into a live account's (ADR 0013). */
    @Transactional
    Metadata patchMetadata(UUID userId, MetadataPatch patch) {
        return metadata.patch("users", "id = ? AND deleted_at IS NULL", patch, userId)
                .orElseThrow(AdminUserService::notFound);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("user_not_found", "No user with this id");
    }

    /**
     * Ends the account's sessions, so the new role (and whatever the old one allowed) holds from this
     * moment: its access tokens are refused at once and it signs in again to get the new permissions.
     */
    @Transactional
    UserView changeRole(UUID actorId, UUID userId, String role) {
        if (!roles.exists(role)) {
            throw new BadRequestException("unknown_role", "No role named '" + role + "'",
                    Map.of("roles", roles.list().stream().map(Role::name).toList()));
        }
        if (actorId.equals(userId)) {
            throw new ConflictException("cannot_change_own_role", "You cannot change your own role");
        }
        User user = users.findByIdAndDeletedAtIsNull(userId)
                .orElseThrow(() -> new NotFoundException("user_not_found", "No user with this id"));
        Instant now = Instant.now();
        user.assignRole(role, now);
        users.flush();
        sessions.endAllOf(userId, now);
        return UserView.admin(user, roles.permissionsOf(role));
    }

    /**
     * Deactivates an account as its holder's own deletion does (soft delete: orders keep their history)
     * and ends its sessions at once.
     */
    @Transactional
    void deactivate(UUID actorId, UUID userId) {
        if (actorId.equals(userId)) {
            throw new ConflictException("cannot_deactivate_own_account", "You cannot deactivate your own account");
        }
        User user = users.findByIdAndDeletedAtIsNull(userId)
                .orElseThrow(() -> new NotFoundException("user_not_found", "No user with this id"));
        Instant now = Instant.now();
        user.delete(now);
        sessions.endAllOf(userId, now);
    }

    @Transactional(readOnly = true)
    List<RoleView> roles() {
        return roles.list().stream()
                .map(r -> new RoleView(r.name(), roles.permissionsOf(r.name()), r.description()))
                .toList();
    }

    record RoleView(String name, List<String> permissions, String description) {}
}
