package dev.comptoir.shared.security;

import java.util.Collection;
import java.util.UUID;

/**
 * Sessions whose access tokens are refused before they expire. A session is one sign-in (its refresh
 * token family); its id travels in the access token's {@value #CLAIM} claim. Logout, a password change
 * and a role change or deactivation revoke sessions here, so their access tokens stop working at once
 * instead of up to 15 minutes later. Kept in memory, and in Redis with REDIS_URL so that every instance
 * refuses them.
 */
public interface SessionRevocations {

    /** The access-token claim holding the session id. */
    String CLAIM = "sid";

    /**
     * Refuses the access tokens of these sessions until they would have expired anyway. Inside a
     * transaction this happens once it commits (a rolled-back logout revokes nothing), before the
     * request answers.
     */
    void revoke(Collection<UUID> sessionIds);

    boolean isRevoked(String sessionId);
}
