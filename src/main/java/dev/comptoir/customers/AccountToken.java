package dev.comptoir.customers;

import dev.comptoir.shared.error.BadRequestException;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A single-use, expiring token sent by email: a password reset, an email verification, an email
 * change. Only its SHA-256 is stored. A token superseded by a newer one of its purpose, or cancelled
 * by a password change, expires at that moment.
 */
@Entity
@Table(name = "account_tokens")
class AccountToken {

    enum Purpose {
        PASSWORD_RESET("password_reset"), EMAIL_VERIFICATION("email_verification"), EMAIL_CHANGE("email_change");

        final String value;

        Purpose(String value) {
            this.value = value;
        }
    }

    @Id
    private UUID id;

    private UUID userId;
    private String purpose;
    private String tokenHash;
    private String email;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;

    protected AccountToken() {}

    AccountToken(UUID id, UUID userId, Purpose purpose, String tokenHash, String email, Instant now,
            Instant expiresAt) {
        this.id = id;
        this.userId = userId;
        this.purpose = purpose.value;
        this.tokenHash = tokenHash;
        this.email = email;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /** Spends the token; a used or expired one is refused, telling which so the client can say why. */
    void use(Instant now) {
        if (usedAt != null) {
            throw new BadRequestException("token_used", "This link was already used");
        }
        if (!expiresAt.isAfter(now)) {
            throw new BadRequestException("token_expired", "This link has expired: ask for a new one");
        }
        this.usedAt = now;
    }

    boolean isFor(Purpose purpose) {
        return this.purpose.equals(purpose.value);
    }

    UUID id() {
        return id;
    }

    UUID userId() {
        return userId;
    }

    /** The address the token was sent to. */
    String email() {
        return email;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
