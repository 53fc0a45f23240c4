package dev.comptoir.customers;

import dev.comptoir.customers.AccountToken.Purpose;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Password reset by email: a request answers the same whether the address has an account; the link's
 * token is single-use and expires ({@code PASSWORD_RESET_TTL}); setting the new password ends every
 * session and cancels the account's other pending links.
 */
@Service
class PasswordResetService {

    private final UserRepository users;
    private final Sessions sessions;
    private final AccountTokens tokens;
    private final Passwords passwords;
    private final AccountProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;

    PasswordResetService(UserRepository users, Sessions sessions, AccountTokens tokens,
            Passwords passwords, AccountProperties properties, ApplicationEventPublisher events, Clock clock,
            TransactionTemplate transaction) {
        this.users = users;
        this.sessions = sessions;
        this.tokens = tokens;
        this.passwords = passwords;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
        this.transaction = transaction;
    }

    /** Sends a reset link to a live account of {@code email}; nothing otherwise, or past the hourly budget. */
    void request(String email) {
        transaction.executeWithoutResult(status -> {
            Instant now = clock.instant();
            users.findByEmailAndDeletedAtIsNull(User.normalize(email))
                    .filter(user -> tokens.issuedSince(user.id(), Purpose.PASSWORD_RESET, now.minus(Duration.ofHours(1)))
                            < properties.emailsPerHour())
                    .ifPresent(user -> {
                        AccountToken token = tokens.issue(user.id(), Purpose.PASSWORD_RESET, user.email(),
                                properties.passwordResetTtl(), now);
                        events.publishEvent(new PasswordResetRequested(user.id(), token.id(), user.email(),
                                user.firstName(), user.locale(), token.expiresAt()));
                    });
        });
    }

    /**
     * Spends the token and sets the password (hashed before the transaction). Following the link proves
     * the address too. Every session of the account ends (refresh and access tokens), and its other
     * pending links end.
     */
    void confirm(String rawToken, String newPassword) {
        String hash = passwords.hash(newPassword);
        transaction.executeWithoutResult(status -> {
            Instant now = clock.instant();
            AccountToken token = tokens.use(rawToken, Purpose.PASSWORD_RESET, now);
            User user = users.findByIdAndDeletedAtIsNull(token.userId()).orElseThrow(AccountTokens::invalid);
            user.changePassword(hash, now);
            if (user.email().equals(token.email())) {
                user.verifyEmail(now);
            }
            users.flush();
            sessions.endAllOf(user.id(), now);
            tokens.expireAll(user.id(), now, Purpose.PASSWORD_RESET, Purpose.EMAIL_CHANGE);
        });
    }
}
