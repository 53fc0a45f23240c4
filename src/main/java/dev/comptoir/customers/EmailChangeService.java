package dev.comptoir.customers;

import dev.comptoir.customers.AccountToken.Purpose;
import dev.comptoir.shared.error.BadRequestException;
import dev.comptoir.shared.error.ConflictException;
import dev.comptoir.shared.error.NotFoundException;
import dev.comptoir.shared.error.Problems.FieldProblem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Email change with confirmation at the new address. The request checks the password and answers the
 * same whether the new address is free or taken; the confirmation needs the link sent to the new
 * address and the account's own session, so a mistyped address's owner cannot take the account over.
 */
@Service
class EmailChangeService {

    private final UserRepository users;
    private final RoleCatalog roles;
    private final AccountTokens tokens;
    private final Passwords passwords;
    private final AccountProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;

    EmailChangeService(UserRepository users, RoleCatalog roles, AccountTokens tokens, Passwords passwords,
            AccountProperties properties, ApplicationEventPublisher events, Clock clock,
            TransactionTemplate transaction) {
        this.users = users;
        this.roles = roles;
        this.tokens = tokens;
        this.passwords = passwords;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
        this.transaction = transaction;
    }

    /** The password is checked before the transaction: bcrypt holds no connection. */
    void request(UUID userId, String newEmail, String password) {
        String target = User.normalize(newEmail);
        User caller = live(userId);
        if (!passwords.matches(password, caller.passwordHash())) {
            throw new BadRequestException("invalid_current_password", "The password is not correct");
        }
        if (caller.email().equals(target)) {
            throw new BadRequestException("invalid_data", "Invalid request: newEmail is already the account's email",
                    Map.of("errors", FieldProblem.single("newEmail", "is already the account's email")));
        }
        transaction.executeWithoutResult(status -> {
            Instant now = clock.instant();
            User user = live(userId);
            if (tokens.issuedSince(userId, Purpose.EMAIL_CHANGE, now.minus(Duration.ofHours(1)))
                    >= properties.emailsPerHour()) {
                return;
            }
            boolean taken = users.existsByEmailAndDeletedAtIsNull(target);
            AccountToken token = taken ? null
                    : tokens.issue(userId, Purpose.EMAIL_CHANGE, target, properties.emailChangeTtl(), now);
            events.publishEvent(new EmailChangeRequested(userId, UUID.randomUUID(), token == null ? null : token.id(),
                    user.email(), target, user.firstName(), user.locale(),
                    token == null ? now.plus(properties.emailChangeTtl()) : token.expiresAt(), now));
        });
    }

    /**
     * Spends the token of the caller's account and moves the account to the address it was sent to,
     * verified. If another account took that address meanwhile, 409 {@code email_taken}: only the
     * owner of that mailbox can get this far.
     */
    UserView confirm(UUID userId, String rawToken) {
        try {
            return transaction.execute(status -> {
                Instant now = clock.instant();
                AccountToken token = tokens.use(rawToken, Purpose.EMAIL_CHANGE, now);
                if (!token.userId().equals(userId)) {
                    throw AccountTokens.invalid();
                }
                User user = live(userId);
                if (users.existsByEmailAndDeletedAtIsNull(token.email())) {
                    throw emailTaken();
                }
                user.changeEmail(token.email(), now);
                users.flush();
                tokens.expireAll(userId, now, Purpose.EMAIL_VERIFICATION, Purpose.EMAIL_CHANGE);
                return UserView.of(user, roles.permissionsOf(user.role()));
            });
        } catch (DataIntegrityViolationException raced) {
            throw emailTaken();
        }
    }

    private User live(UUID userId) {
        return users.findByIdAndDeletedAtIsNull(userId)
                .orElseThrow(() -> new NotFoundException("user_not_found", "This account does not exist"));
    }

    private static ConflictException emailTaken() {
        return new ConflictException("email_taken", "Another account uses this email address");
    }
}
