package dev.comptoir.customers;

import dev.comptoir.shared.security.SessionRevocations;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends sign-in sessions: their refresh tokens are revoked in the database and their access tokens in
 * the revocation set (once the transaction commits), so neither works a moment longer.
 */
@Component
class Sessions {

    private final RefreshTokenRepository refreshTokens;
    private final SessionRevocations revocations;

    Sessions(RefreshTokenRepository refreshTokens, SessionRevocations revocations) {
        this.refreshTokens = refreshTokens;
        this.revocations = revocations;
    }

    /** One session: a logout, or a refresh token that came back after it was spent. */
    @Transactional(propagation = Propagation.MANDATORY)
    void end(UUID sessionId, Instant now) {
        refreshTokens.revokeFamily(sessionId, now);
        revocations.revoke(List.of(sessionId));
    }

    /** Every session of the account: a new password, another role, a deactivation. */
    @Transactional(propagation = Propagation.MANDATORY)
    void endAllOf(UUID userId, Instant now) {
        List<UUID> live = refreshTokens.liveFamiliesOf(userId);
        refreshTokens.revokeAllOfUser(userId, now);
        revocations.revoke(live);
    }
}
