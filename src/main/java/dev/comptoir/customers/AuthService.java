package dev.comptoir.customers;

import dev.comptoir.shared.error.UnauthorizedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Login and the refresh-token lifecycle (rotation, reuse detection and its grace, logout). */
@Service
class AuthService {

    private final UserRepository users;
    private final RefreshTokenRepository refreshTokens;
    private final RoleCatalog roles;
    private final Passwords passwords;
    private final TokenIssuer issuer;
    private final SuccessorTokens successors;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final Duration grace;

    AuthService(UserRepository users, RefreshTokenRepository refreshTokens, RoleCatalog roles, Passwords passwords,
            TokenIssuer issuer, SuccessorTokens successors, Sessions sessions, LoginThrottle throttle, Clock clock,
            AuthProperties properties) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.roles = roles;
        this.passwords = passwords;
        this.issuer = issuer;
        this.successors = successors;
        this.sessions = sessions;
        this.throttle = throttle;
        this.clock = clock;
        this.grace = properties.refreshReuseGrace();
    }

    record Login(UUID userId, TokenPair tokens) {}

    /**
     * Unknown email, deleted account and wrong password look the same, and cost the same bcrypt work;
     * so do their locks (see {@link LoginThrottle}): a locked email is refused before any of it. No
     * transaction around it: the password check holds no connection, and the refresh token is one
     * insert.
     */
    Login login(String email, String password) {
        throttle.checkNotLocked(email);
        Optional<User> found = users.findByEmailAndDeletedAtIsNull(User.normalize(email));
        if (found.isEmpty()) {
            passwords.matchNothing(password);
            throttle.failed(email, Optional.empty());
            throw invalidCredentials();
        }
        User user = found.get();
        if (!passwords.matches(password, user.passwordHash())) {
            throttle.failed(email, found);
            throw invalidCredentials();
        }
        throttle.succeeded(email);
        return new Login(user.id(), issuer.issue(user, roles.permissionsOf(user.role()), clock.instant()));
    }

    /**
     * Spends the token and issues the next one of its family. The row lock serializes concurrent uses
     * of one token; a spent token coming back means it leaked, so the family is revoked — and that
     * revocation must commit even though the call fails, hence {@code noRollbackFor}. The exception is
     * a token rotated within the grace window whose successor is still untouched: a second tab, or a
     * retry after a lost answer, gets that same successor.
     */
    @Transactional(noRollbackFor = UnauthorizedException.class)
    TokenPair refresh(String rawToken) {
        Instant now = clock.instant();
        RefreshToken token = refreshTokens.findForUpdate(TokenIssuer.sha256(rawToken))
                .orElseThrow(AuthService::invalidRefreshToken);
        if (token.isSpent()) {
            return successorWithinGrace(token, rawToken, now)
                    .orElseThrow(() -> refuseAndRevokeFamily(token, now));
        }
        if (token.isExpired(now)) {
            throw invalidRefreshToken();
        }
        User user = users.findByIdAndDeletedAtIsNull(token.userId())
                .orElseThrow(() -> refuseAndRevokeFamily(token, now));
        // the role is read again, so a role change takes effect with the next access token
        return issuer.rotate(user, roles.permissionsOf(user.role()), token, rawToken, now);
    }

    /**
     * The successor issued when {@code token} was rotated, if that was within the grace window and the
     * successor is still live: not used, revoked or expired, and its account not deleted. Its row is
     * locked too (always after its parent's, so no two requests wait on each other), so it cannot be
     * rotated meanwhile.
     */
    private Optional<TokenPair> successorWithinGrace(RefreshToken token, String rawToken, Instant now) {
        if (!token.rotatedWithin(grace, now)) {
            return Optional.empty();
        }
        String rawSuccessor = successors.of(rawToken);
        return refreshTokens.findForUpdate(TokenIssuer.sha256(rawSuccessor))
                .filter(successor -> token.isSuccessor(successor) && !successor.isSpent() && !successor.isExpired(now))
                .flatMap(successor -> users.findByIdAndDeletedAtIsNull(successor.userId())
                        .map(user -> issuer.reissue(user, roles.permissionsOf(user.role()), successor, rawSuccessor,
                                now)));
    }

    private UnauthorizedException refuseAndRevokeFamily(RefreshToken token, Instant now) {
        sessions.end(token.familyId(), now);
        return invalidRefreshToken();
    }

    /**
     * Ends the token's session: its whole family and the access tokens issued with it. An unknown or
     * already revoked token is fine (idempotent).
     */
    @Transactional
    void logout(String rawToken) {
        refreshTokens.findByTokenHash(TokenIssuer.sha256(rawToken))
                .ifPresent(token -> sessions.end(token.familyId(), clock.instant()));
    }

    private static UnauthorizedException invalidCredentials() {
        return new UnauthorizedException("invalid_credentials", "Invalid email or password");
    }

    private static UnauthorizedException invalidRefreshToken() {
        return new UnauthorizedException("invalid_refresh_token", "The refresh token is invalid, expired or revoked");
    }
}
