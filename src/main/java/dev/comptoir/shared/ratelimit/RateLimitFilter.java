package dev.comptoir.shared.ratelimit;

import dev.comptoir.shared.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers every limited request with {@code RateLimit-Limit/Remaining/Reset} (seconds) and refuses one over
 * the limit with 429 {@code rate_limit_exceeded} and {@code Retry-After}. It runs inside the security
 * chain, after bearer-token authentication, so that it knows the user; it is deliberately not a bean,
 * so that the servlet container does not also run it on its own.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    private final RateLimiter limiter;
    private final ProblemWriter problems;

    RateLimitFilter(RateLimiter limiter, ProblemWriter problems) {
        this.limiter = limiter;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<RateLimiter.Decision> decision = limiter.consume(request);
        if (decision.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        RateLimiter.Decision d = decision.get();
        response.setHeader("RateLimit-Limit", Long.toString(d.limit()));
        response.setHeader("RateLimit-Remaining", Long.toString(d.remaining()));
        response.setHeader("RateLimit-Reset", Long.toString(d.resetSeconds()));
        if (d.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        long retryAfter = d.retryAfterSeconds();
        response.setHeader("Retry-After", Long.toString(retryAfter));
        problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "rate_limit_exceeded",
                "Too many requests; try again in " + retryAfter + " seconds");
    }
}
