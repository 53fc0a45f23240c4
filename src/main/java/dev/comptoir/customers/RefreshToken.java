package dev.comptoir.customers;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One link of a refresh-token chain. Only the token's SHA-256 is stored; a token is good for one
 * use, and a second use of it means it leaked, so its whole family is revoked — unless it comes
 * within the grace window after its rotation (see {@link AuthService#refresh}).
 */
@Entity
@Table(name = "refresh_tokens")
class RefreshToken {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    private String tokenHash;
    private UUID familyId;
    private UUID userId;
    private Instant issuedAt;
    private Instant expiresAt;
    private Instant usedAt;
    private Instant revokedAt;
    private UUID successorId;

    protected RefreshToken() {}

    RefreshToken(String tokenHash, UUID familyId, UUID userId, Instant now, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.familyId = familyId;
        this.userId = userId;
        this.issuedAt = now;
        this.expiresAt = expiresAt;
    }

    /** Used once already, or revoked: presenting it again is a replay. */
    boolean isSpent() {
        return usedAt != null || revokedAt != null;
    }

    boolean isExpired(Instant now) {
        return !expiresAt.isAfter(now);
    }

    /** Spends the token for {@code successor}, issued in its place. */
    void rotateTo(RefreshToken successor, Instant now) {
        if (isSpent()) {
            throw new IllegalStateException("refresh token already spent");
        }
        this.usedAt = now;
        this.successorId = successor.id;
    }

    /** Rotated (not revoked) less than {@code grace} ago: presenting it again may be a second tab. */
    boolean rotatedWithin(Duration grace, Instant now) {
        return usedAt != null && revokedAt == null && successorId != null && now.isBefore(usedAt.plus(grace));
    }

    boolean isSuccessor(RefreshToken other) {
        return other.id.equals(successorId);
    }

    UUID familyId() {
        return familyId;
    }

    UUID userId() {
        return userId;
    }
}
