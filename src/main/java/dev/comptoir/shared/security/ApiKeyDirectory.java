package dev.comptoir.shared.security;

import java.util.Optional;

/**
 * Finds the API key of a token for {@link ApiKeyResolver}, so that shared security can authenticate keys
 * without depending on the module that manages them (integrations implements it).
 */
public interface ApiKeyDirectory {

    /** The key of {@code token} when it exists, is not revoked and has not expired; empty otherwise. */
    Optional<ApiKey> find(String token);
}
