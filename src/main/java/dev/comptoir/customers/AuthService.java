package dev.comptoir.customers;

import dev.comptoir.shared.error.ConflictException;
import dev.comptoir.shared.error.UnauthorizedException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registration, login and the refresh-token lifecycle (rotation, reuse detection, logout). */
@Service
class AuthService {

    private final UserRepository users;
    private final RefreshTokenRepository refreshTokens;
    private final RoleCatalog roles;
    private final Passwords passwords;
    private final TokenIssuer issuer;
    private final ApplicationEventPublisher events;

    AuthService(UserRepository users, RefreshTokenRepository refreshTokens, RoleCatalog roles, Passwords passwords,
            TokenIssuer issuer, ApplicationEventPublisher events) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.roles = roles;
        this.passwords = passwords;
        this.issuer = issuer;
        this.events = events;
    }

    record Registration(UserView user, TokenPair tokens) {}

    /** Always a customer: the role is never taken from the request. */
    @Transactional
    Registration register(String email, String password, String firstName, String lastName, String sessionId) {
        Instant now = Instant.now();
        String normalized = User.normalize(email);
        if (users.existsByEmailAndDeletedAtIsNull(normalized)) {
            throw emailTaken();
        }
        User user = new User(normalized, passwords.hash(password), firstName, lastName, Role.CUSTOMER, now);
        try {
            users.saveAndFlush(user);
        } catch (DataIntegrityViolationException raced) {
            throw emailTaken();
        }
        events.publishEvent(new CustomerRegistered(user.id(), user.email(), now));
        events.publishEvent(new CustomerLoggedIn(user.id(), sessionId));
        List<String> permissions = roles.permissionsOf(user.role());
        return new Registration(UserView.of(user, permissions), issuer.issue(user, permissions, now));
    }

    /** Unknown email, deleted account and wrong password look the same, and cost the same bcrypt work. */
    @Transactional
    TokenPair login(String email, String password, String sessionId) {
        Optional<User> found = users.findByEmailAndDeletedAtIsNull(User.normalize(email));
        if (found.isEmpty()) {
            passwords.matchNothing(password);
            throw invalidCredentials();
        }
        User user = found.get();
        if (!passwords.matches(password, user.passwordHash())) {
            throw invalidCredentials();
        }
        events.publishEvent(new CustomerLoggedIn(user.id(), sessionId));
        return issuer.issue(user, roles.permissionsOf(user.role()), Instant.now());
    }

    /**
     * Spends the token and issues the next one of its family. The row lock serializes concurrent uses
     * of one token; a spent token coming back means it leaked, so the family is revoked — and that
     * revocation must commit even though the call fails, hence {@code noRollbackFor}.
     */
    @Transactional(noRollbackFor = UnauthorizedException.class)
    TokenPair refresh(String rawToken) {
        Instant now = Instant.now();
        RefreshToken token = refreshTokens.findForUpdate(TokenIssuer.sha256(rawToken))
                .orElseThrow(AuthService::invalidRefreshToken);
        if (token.isSpent()) {
            refreshTokens.revokeFamily(token.familyId(), now);
            throw invalidRefreshToken();
        }
        if (token.isExpired(now)) {
            throw invalidRefreshToken();
        }
        Optional<User> user = users.findByIdAndDeletedAtIsNull(token.userId());
        if (user.isEmpty()) {
            refreshTokens.revokeFamily(token.familyId(), now);
            throw invalidRefreshToken();
        }
        token.markUsed(now);
        // the role is read again, so a role change takes effect with the next access token
        return issuer.issue(user.get(), roles.permissionsOf(user.get().role()), token.familyId(), now);
    }

    /** Revokes the token's whole family; an unknown or already revoked token is fine (idempotent). */
    @Transactional
    void logout(String rawToken) {
        refreshTokens.findByTokenHash(TokenIssuer.sha256(rawToken))
                .ifPresent(token -> refreshTokens.revokeFamily(token.familyId(), Instant.now()));
    }

    private static ConflictException emailTaken() {
        return new ConflictException("email_taken", "An account with this email already exists");
    }

    private static UnauthorizedException invalidCredentials() {
        return new UnauthorizedException("invalid_credentials", "Invalid email or password");
    }

    private static UnauthorizedException invalidRefreshToken() {
        return new UnauthorizedException("invalid_refresh_token", "The refresh token is invalid, expired or revoked");
    }
}
