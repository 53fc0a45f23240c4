package dev.comptoir.shared.security;

import dev.comptoir.shared.error.UnauthorizedException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling: the user id from a verified access token, if any, or a secret API key (which is no
 * user: routes that need one, a customer's own, answer 401 to it).
 */
public final class CurrentUser {

    private CurrentUser() {}

    public static Optional<UUID> id() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Jwt jwt) {
            return Optional.of(UUID.fromString(jwt.getSubject()));
        }
        return Optional.empty();
    }

    /** The caller's id, or 401 when the request carries no valid token. */
    public static UUID require() {
        return id().orElseThrow(() -> new UnauthorizedException("unauthorized", "Authentication is required"));
    }

    /** The secret API key the request is authenticated with, if any. */
    public static Optional<ApiKey> apiKey() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth instanceof ApiKeyAuthentication key ? Optional.of(key.key()) : Optional.empty();
    }

    /** Whether a verified token or a secret API key authenticated the request. */
    public static boolean authenticated() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }

    /** Who did what staff do, as recorded: {@code admin:<user id>} or {@code api-key:<key id>}; else 401. */
    public static String actor() {
        return actor("admin");
    }

    /** As {@link #actor()}, a signed-in user's id after {@code userPrefix}. */
    public static String actor(String userPrefix) {
        return apiKey().map(ApiKey::actor).orElseGet(() -> userPrefix + ":" + require());
    }

    public static boolean has(String permission) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(permission));
    }
}
