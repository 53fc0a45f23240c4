package dev.comptoir.shared.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A valid API key a request carries in {@value #HEADER} (ADR 0013). A secret key acts for staff with
 * exactly its {@code permissions}; a publishable key grants nothing beyond the public routes but may
 * choose the request's {@code market} and has a rate-limit budget of its own ({@code rateLimit}, else
 * the configured default). {@link ApiKeyResolver} looks it up once per request, before anything else
 * reads it.
 */
public record ApiKey(UUID id, Kind kind, Set<String> permissions, @Nullable String market, @Nullable Long rateLimit) {

    public static final String HEADER = "X-API-Key";
    static final String ATTRIBUTE = ApiKey.class.getName();
    static final String INVALID = ApiKey.class.getName() + ".invalid";

    public enum Kind { PUBLISHABLE, SECRET }

    public ApiKey {
        permissions = Set.copyOf(permissions);
    }

    public boolean secret() {
        return kind == Kind.SECRET;
    }

    /** The actor recorded on what a secret key does. */
    public String actor() {
        return "api-key:" + id;
    }

    /** The valid key this request carries, if any (an unknown, revoked or expired one is none). */
    public static Optional<ApiKey> of(HttpServletRequest request) {
        return Optional.ofNullable((ApiKey) request.getAttribute(ATTRIBUTE));
    }

    /** The valid publishable key this request carries, if any. */
    public static Optional<ApiKey> publishable(HttpServletRequest request) {
        return of(request).filter(k -> k.kind == Kind.PUBLISHABLE);
    }

    /** Whether the request sends a key that is not a valid publishable one (a secret or a wrong key). */
    public static boolean sentOtherThanPublishable(HttpServletRequest request) {
        return request.getHeader(HEADER) != null && publishable(request).isEmpty();
    }

    static boolean invalid(HttpServletRequest request) {
        return request.getAttribute(INVALID) != null;
    }
}
