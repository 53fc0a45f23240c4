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
import java.util.UUID;

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

    @Version
    private Long version;

    protected User() {}

    User(String email, String passwordHash, String firstName, String lastName, String role, Instant now) {
        this.email = normalize(email);
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

    Instant updatedAt() {
        return updatedAt;
    }

    CustomerSummary summary() {
        return new CustomerSummary(id, email, firstName, lastName);
    }
}
