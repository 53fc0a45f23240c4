package dev.comptoir.customers;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An account as its holder and the back office see it (never the password hash). {@code locale}: the
 * language of its emails; {@code emailVerified}: the holder proved the address (a link it was sent).
 * {@code metadata} is shown to both, {@code privateMetadata} to staff only (ADR 0013).
 */
record UserView(UUID id, String email, boolean emailVerified, String locale, String firstName, String lastName,
        String role, List<String> permissions, Instant createdAt, Instant updatedAt, Map<String, Object> metadata,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Map<String, Object> privateMetadata) {

    /** The holder's view. */
    static UserView of(User user, List<String> permissions) {
        return new UserView(user.id(), user.email(), user.isEmailVerified(), user.locale(), user.firstName(),
                user.lastName(), user.role(), permissions, user.createdAt(), user.updatedAt(), user.metadata(), null);
    }

    /** The back office's view. */
    static UserView admin(User user, List<String> permissions) {
        return new UserView(user.id(), user.email(), user.isEmailVerified(), user.locale(), user.firstName(),
                user.lastName(), user.role(), permissions, user.createdAt(), user.updatedAt(), user.metadata(),
                user.privateMetadata());
    }
}
