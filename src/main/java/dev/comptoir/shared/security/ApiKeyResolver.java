package dev.comptoir.shared.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Looks up the {@value ApiKey#HEADER} of an API request once, before the catalog's response cache and the
 * security chain, which both need it (the cache answers before the chain: a publishable key's market and
 * budget must be known there). It only records what it found; {@link ApiKeyAuthenticationFilter}
 * refuses a wrong key inside the security chain, where the answer gets the security and CORS headers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 15)
class ApiKeyResolver extends OncePerRequestFilter {

    /** The shape of our tokens: anything else is refused without a lookup. */
    private static final Pattern TOKEN = Pattern.compile("(ck|pk)_live_[A-Za-z0-9]{24,64}");

    private final ObjectProvider<ApiKeyDirectory> directory;

    ApiKeyResolver(ObjectProvider<ApiKeyDirectory> directory) {
        this.directory = directory;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(ApiKey.HEADER) == null || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = request.getHeader(ApiKey.HEADER).strip();
        ApiKeyDirectory keys = directory.getIfAvailable();
        Optional<ApiKey> key = keys != null && TOKEN.matcher(token).matches() ? keys.find(token) : Optional.empty();
        if (key.isPresent()) {
            request.setAttribute(ApiKey.ATTRIBUTE, key.get());
        } else {
            request.setAttribute(ApiKey.INVALID, Boolean.TRUE);
        }
        chain.doFilter(request, response);
    }
}
