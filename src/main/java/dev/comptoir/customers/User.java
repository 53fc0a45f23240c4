package dev.comptoir.customers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An account: a customer or a staff member, told apart by its role. */
@Entity
@Table(name = "users")
class User {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    private String firstName;
    private String lastName;
    private String role;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant deletedAt;
    private Instant emailVerifiedAt;
    /** The language of the account's emails: a tag of {@code shared.i18n.Languages.SUPPORTED}. */
    private String locale;

    @Version
    private Long version;

    /** Written only by shared.metadata.MetadataColumns' merge in SQL, never by a flush (ADR 0013). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(insertable = false, updatable = false)
    private Map<String, Object> metadata = Map.of();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(insertable = false, updatable = false)
    private Map<String, Object> privateMetadata = Map.of();

    protected User() {}

    User(String email, String passwordHash, String firstName, String lastName, String role, String locale,
            Instant now) {
        this.email = normalize(email);
        this.locale = locale;
        this.passwordHash = passwordHash;
        this.firstName = firstName.strip();
        this.lastName = lastName.strip();
        this.role = role;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Emails compare case-insensitively: they are stored trimmed and lower-cased. */
    static String normalize(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    void rename(String firstName, String lastName, Instant now) {
        if (firstName != null) {
            this.firstName = firstName.strip();
        }
        if (lastName != null) {
            this.lastName = lastName.strip();
        }
        this.updatedAt = now;
    }

    void changePassword(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.updatedAt = now;
    }

    /** The address is proved (a verification link, a reset link, a confirmed change); once is enough. */
    void verifyEmail(Instant now) {
        if (emailVerifiedAt == null) {
            this.emailVerifiedAt = now;
            this.updatedAt = now;
        }
    }

    /** A change confirmed from the new address: that address is proved by the confirmation itself. */
    void changeEmail(String newEmail, Instant now) {
        this.email = normalize(newEmail);
        this.emailVerifiedAt = now;
        this.updatedAt = now;
    }

    void changeLocale(String locale, Instant now) {
        this.locale = locale;
        this.updatedAt = now;
    }

    boolean isEmailVerified() {
        return emailVerifiedAt != null;
    }

    String locale() {
        return locale;
    }

    void assignRole(String role, Instant now) {
        this.role = role;
        this.updatedAt = now;
    }

    void delete(Instant now) {
        if (deletedAt != null) {
            throw new IllegalStateException("account already deleted");
        }
        this.deletedAt = now;
        this.updatedAt = now;
    }

    boolean isDeleted() {
        return deletedAt != null;
    }

    UUID id() {
        return id;
    }

    String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    String firstName() {
        return firstName;
    }

    String lastName() {
        return lastName;
    }

    String role() {
        return role;
    }

    Instant createdAt() {
        return createdAt;
    }

    Map<String, Object> metadata() {
        return metadata;
    }

    Map<String, Object> privateMetadata() {
        return privateMetadata;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    CustomerSummary summary() {
        return new CustomerSummary(id, email, firstName, lastName, locale, isEmailVerified());
    }
}
