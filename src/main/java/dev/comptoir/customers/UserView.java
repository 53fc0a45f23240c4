package dev.comptoir.customers;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An account as its holder and the back office see it (never the password hash). {@code locale}: the
 * language of its emails; {@code emailVerified}: the holder proved the address (a link it was sent).
 */
record UserView(UUID id, String email, boolean emailVerified, String locale, String firstName, String lastName,
        String role, List<String> permissions, Instant createdAt, Instant updatedAt) {

    static UserView of(User user, List<String> permissions) {
        return new UserView(user.id(), user.email(), user.isEmailVerified(), user.locale(), user.firstName(),
                user.lastName(), user.role(), permissions, user.createdAt(), user.updatedAt());
    }
}
