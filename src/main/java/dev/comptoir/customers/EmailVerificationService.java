package dev.comptoir.customers;

import dev.comptoir.customers.AccountToken.Purpose;
import dev.comptoir.shared.error.ConflictException;
import dev.comptoir.shared.error.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Email verification: the link sent at registration (or asked for again) marks the address proved.
 * A token verifies the address it was sent to only: after an email change it no longer counts.
 */
@Service
class EmailVerificationService {

    private final UserRepository users;
    private final AccountTokens tokens;
    private final AccountProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EmailVerificationService(UserRepository users, AccountTokens tokens, AccountProperties properties,
            ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    record Verified(String email) {}

    @Transactional
    Verified verify(String rawToken) {
        Instant now = clock.instant();
        AccountToken token = tokens.use(rawToken, Purpose.EMAIL_VERIFICATION, now);
        User user = users.findByIdAndDeletedAtIsNull(token.userId())
                .filter(u -> u.email().equals(token.email()))
                .orElseThrow(AccountTokens::invalid);
        user.verifyEmail(now);
        return new Verified(user.email());
    }

    /**
     * A new link for the caller's address (the previous one stops working). An address already verified
     * is a 409; past the hourly budget nothing is sent, with the same answer.
     */
    @Transactional
    void resend(UUID userId) {
        Instant now = clock.instant();
        User user = users.findByIdAndDeletedAtIsNull(userId)
                .orElseThrow(() -> new NotFoundException("user_not_found", "This account does not exist"));
        if (user.isEmailVerified()) {
            throw new ConflictException("email_already_verified", "This email address is already verified");
        }
        if (tokens.issuedSince(userId, Purpose.EMAIL_VERIFICATION, now.minus(Duration.ofHours(1)))
                >= properties.emailsPerHour()) {
            return;
        }
        AccountToken token = tokens.issue(userId, Purpose.EMAIL_VERIFICATION, user.email(),
                properties.emailVerificationTtl(), now);
        events.publishEvent(new EmailVerificationRequested(userId, token.id(), user.email(), user.firstName(),
                user.locale(), false, token.expiresAt()));
    }
}
