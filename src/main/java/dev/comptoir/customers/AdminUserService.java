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

    AdminUserService(UserRepository users, RoleCatalog roles) {
        this.users = users;
        this.roles = roles;
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

    /** Takes effect with the user's next access token (login or refresh). */
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
        user.assignRole(role, Instant.now());
        users.flush();
        return UserView.of(user, roles.permissionsOf(role));
    }

    @Transactional(readOnly = true)
    List<RoleView> roles() {
        return roles.list().stream()
                .map(r -> new RoleView(r.name(), roles.permissionsOf(r.name()), r.description()))
                .toList();
    }

    record RoleView(String name, List<String> permissions, String description) {}
}
