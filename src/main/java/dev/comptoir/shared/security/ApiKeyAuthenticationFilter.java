package dev.comptoir.shared.security;

import dev.comptoir.shared.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Inside the security chain, after bearer tokens: refuses a wrong API key (401 {@code invalid_api_key})
 * and a secret key sent by a browser, which always sends {@code Origin} (401 {@code api_key_in_browser}:
 * a page's script would show the secret to every visitor), and authenticates a secret key as staff with
 * its permissions. A publishable key changes nothing here (market and rate limit read it themselves);
 * when a bearer token already authenticated the request, the token is who calls. Not a bean, so that the
 * servlet container does not also run it on its own.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    private final ProblemWriter problems;

    ApiKeyAuthenticationFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(ApiKey.HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (ApiKey.invalid(request)) {
            problems.write(response, HttpStatus.UNAUTHORIZED, "invalid_api_key",
                    "The API key is unknown, revoked or expired");
            return;
        }
        ApiKey key = ApiKey.of(request).orElse(null);
        if (key != null && key.secret()) {
            if (request.getHeader(HttpHeaders.ORIGIN) != null) {
                problems.write(response, HttpStatus.UNAUTHORIZED, "api_key_in_browser",
                        "A secret API key only works server to server, never from a browser; use a publishable key");
                return;
            }
            Authentication current = SecurityContextHolder.getContext().getAuthentication();
            if (current == null || !current.isAuthenticated()) {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(new ApiKeyAuthentication(key));
                SecurityContextHolder.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }
}
