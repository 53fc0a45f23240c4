package dev.comptoir.shared.security;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Refuses an access token whose session was revoked (logout, password change, role change). Part of
 * the claims validation that {@link VerifiedTokens} runs on every use, remembered token or not. A token
 * without a session id (minted before sessions had one) has nothing to revoke and lives out its lifetime.
 */
final class NotRevoked implements OAuth2TokenValidator<Jwt> {

    private static final OAuth2Error REVOKED = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
            "The session of this access token was signed out", null);

    private final SessionRevocations revocations;

    NotRevoked(SessionRevocations revocations) {
        this.revocations = revocations;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        String session = token.getClaimAsString(SessionRevocations.CLAIM);
        if (session != null && revocations.isRevoked(session)) {
            return OAuth2TokenValidatorResult.failure(REVOKED);
        }
        return OAuth2TokenValidatorResult.success();
    }
}
