package dev.comptoir.customers;

import dev.comptoir.shared.error.BadRequestException;
import dev.comptoir.shared.error.NotFoundException;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The caller's own account: profile, password, deletion. */
@Service
class AccountService {

    private final UserRepository users;
    private final Sessions sessions;
    private final RoleCatalog roles;
    private final Passwords passwords;
    private final AccountTokens tokens;

    AccountService(UserRepository users, Sessions sessions, RoleCatalog roles, Passwords passwords,
            AccountTokens tokens) {
        this.users = users;
        this.sessions = sessions;
        this.roles = roles;
        this.passwords = passwords;
        this.tokens = tokens;
    }

    @Transactional(readOnly = true)
    UserView me(UUID userId) {
        return view(live(userId));
    }

    /**
     * Only the names and the language of the emails change here; the email changes with a confirmation
     * ({@link EmailChangeService}), role and id are not the account holder's to edit.
     */
    @Transactional
    UserView update(UUID userId, String firstName, String lastName, String locale) {
        User user = live(userId);
        Instant now = Instant.now();
        user.rename(firstName, lastName, now);
        if (locale != null) {
            user.changeLocale(locale, now);
        }
        users.flush();
        return view(user);
    }

    /** A new password ends every session (refresh tokens and their access tokens) and cancels pending email links. */
    @Transactional
    void changePassword(UUID userId, String currentPassword, String newPassword) {
        User user = live(userId);
        if (!passwords.matches(currentPassword, user.passwordHash())) {
            throw new BadRequestException("invalid_current_password", "The current password is not correct");
        }
        Instant now = Instant.now();
        user.changePassword(passwords.hash(newPassword), now);
        sessions.endAllOf(userId, now);
        tokens.expireAll(userId, now, AccountToken.Purpose.PASSWORD_RESET, AccountToken.Purpose.EMAIL_CHANGE);
    }

    /** Soft delete: the row stays for orders' history, but the account can no longer log in. */
    @Transactional
    void delete(UUID userId) {
        User user = live(userId);
        Instant now = Instant.now();
        user.delete(now);
        sessions.endAllOf(userId, now);
    }

    private User live(UUID userId) {
        return users.findByIdAndDeletedAtIsNull(userId)
                .orElseThrow(() -> new NotFoundException("user_not_found", "This account does not exist"));
    }

    private UserView view(User user) {
        return UserView.of(user, roles.permissionsOf(user.role()));
    }
}
