package dev.comptoir.customers;

import dev.comptoir.shared.security.UserDirectory;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The accounts as {@link UserDirectory} shows them to modules that cannot depend on customers. */
@Component
class CustomerDirectory implements UserDirectory {

    private final UserRepository users;

    CustomerDirectory(UserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, DirectoryUser> live(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return users.findByIdInAndDeletedAtIsNull(ids).stream()
                .map(User::summary)
                .map(u -> new DirectoryUser(u.id(), u.email(), u.firstName(), u.lastName()))
                .collect(Collectors.toMap(DirectoryUser::id, Function.identity()));
    }
}
