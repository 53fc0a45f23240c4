package dev.comptoir.customers;

import dev.comptoir.shared.error.BadRequestException;
import dev.comptoir.shared.error.ConflictException;
import dev.comptoir.shared.error.NotFoundException;
import dev.comptoir.shared.web.PageResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Back-office account management: look-up and role assignment. */
@Service
class AdminUserService {

    private final UserRepository users;
    private final RoleCatalog roles;
    private final Sessions sessions;

    AdminUserService(UserRepository users, RoleCatalog roles, Sessions sessions) {
        this.users = users;
        this.roles = roles;
        this.sessions = sessions;
    }

    @Transactional(readOnly = true)
    PageResponse<UserView> list(String emailContains, Pageable pageable) {
        String filter = User.normalize(emailContains);
        Page<User> page = filter == null || filter.isEmpty()
                ? users.findByDeletedAtIsNull(pageable)
                : users.findByDeletedAtIsNullAndEmailContaining(filter, pageable);
        Map<String, List<String>> permissions = roles.all();
        return PageResponse.of(page, u -> UserView.of(u, permissions.getOrDefault(u.role(), List.of())));
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
        return UserView.of(user, roles.permissionsOf(role));
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
