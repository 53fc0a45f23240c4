package dev.comptoir.shared.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request authenticated by a secret API key: its authorities are exactly the key's permissions (no
 * role, so {@code hasRole('admin')} routes, key management among them, stay out of reach).
 */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    private final ApiKey key;

    ApiKeyAuthentication(ApiKey key) {
        super(key.permissions().stream().sorted().map(SimpleGrantedAuthority::new).toList());
        this.key = key;
        setAuthenticated(true);
    }

    ApiKey key() {
        return key;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return key.actor();
    }

    @Override
    public String getName() {
        return key.actor();
    }
}
