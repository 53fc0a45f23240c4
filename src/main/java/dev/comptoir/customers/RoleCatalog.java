package dev.comptoir.customers;

import dev.comptoir.shared.security.Permissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** Resolves a role to its permissions. Admin always holds every permission the code knows. */
@Component
class RoleCatalog {

    private final RoleRepository roles;

    RoleCatalog(RoleRepository roles) {
        this.roles = roles;
    }

    List<String> permissionsOf(String role) {
        if (Role.ADMIN.equals(role)) {
            return Permissions.ALL;
        }
        return roles.findById(role).map(Role::permissions).orElse(List.of());
    }

    boolean exists(String role) {
        return role != null && roles.existsById(role);
    }

    /** Every role with its permissions, for rendering many users at once. */
    Map<String, List<String>> all() {
        return roles.findAll().stream()
                .collect(Collectors.toMap(Role::name, r -> permissionsOf(r.name())));
    }

    List<Role> list() {
        return roles.findAll(Sort.by("name"));
    }
}
