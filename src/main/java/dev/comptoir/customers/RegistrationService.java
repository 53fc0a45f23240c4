package dev.comptoir.customers;

import dev.comptoir.customers.AccountToken.Purpose;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registration that does not tell whether an address has an account (ADR 0006). Both paths cost the
 * same bcrypt work and one short transaction that publishes one or two events, and the caller answers
 * the same: a new address gets an account (which can sign in at once) and the verification email; a
 * taken one leaves the account alone and its holder is told someone tried.
 */
@Service
class RegistrationService {

    private final UserRepository users;
    private final Passwords passwords;
    private final AccountTokens tokens;
    private final AccountProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;

    RegistrationService(UserRepository users, Passwords passwords, AccountTokens tokens, AccountProperties properties,
            ApplicationEventPublisher events, Clock clock, TransactionTemplate transaction) {
        this.users = users;
        this.passwords = passwords;
        this.tokens = tokens;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
        this.transaction = transaction;
    }

    record Registration(String email, String firstName, String lastName, String password, String locale) {}

    /**
     * Always a customer: the role is never taken from the request. The password is hashed before the
     * transaction in both paths, so no connection waits on bcrypt and the two take as long.
     */
    void register(Registration request) {
        String email = User.normalize(request.email());
        String hash = passwords.hash(request.password());
        try {
            transaction.executeWithoutResult(status -> {
                Instant now = clock.instant();
                Optional<User> existing = users.findByEmailAndDeletedAtIsNull(email);
                if (existing.isPresent()) {
                    User holder = existing.get();
                    events.publishEvent(new RegistrationAttempted(holder.id(), holder.email(), holder.firstName(),
                            holder.locale(), now));
                    return;
                }
                User user = users.saveAndFlush(new User(email, hash, request.firstName(), request.lastName(),
                        Role.CUSTOMER, request.locale(), now));
                events.publishEvent(new CustomerRegistered(user.id(), user.email(), now));
                AccountToken token = tokens.issue(user.id(), Purpose.EMAIL_VERIFICATION, user.email(),
                        properties.emailVerificationTtl(), now);
                events.publishEvent(new EmailVerificationRequested(user.id(), token.id(), user.email(),
                        user.firstName(), user.locale(), true, token.expiresAt()));
            });
        } catch (DataIntegrityViolationException raced) {
            // a concurrent registration of the same address won: the same neutral answer
        }
    }
}
