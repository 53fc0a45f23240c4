package dev.comptoir.shared.ratelimit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The rate limit inside the security chain, after bearer-token authentication, so that it knows the
 * user (see {@link RateLimitGate}). Deliberately not a bean, so that the servlet container does not
 * also run it on its own.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    private final RateLimitGate gate;

    RateLimitFilter(RateLimitGate gate) {
        this.gate = gate;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (gate.admit(request, response)) {
            chain.doFilter(request, response);
        }
    }
}
