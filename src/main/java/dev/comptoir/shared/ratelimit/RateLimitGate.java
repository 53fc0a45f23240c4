package dev.comptoir.shared.ratelimit;

import dev.comptoir.shared.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpStatus;

/**
 * Charges a request to its caller's rate limit: answers {@code RateLimit-Limit/Remaining/Reset}
 * (seconds) and refuses a request over the limit with 429 {@code rate_limit_exceeded} and
 * {@code Retry-After}. Used by the security chain's filter and by a filter that answers before that
 * chain (the catalog's response cache); a request is charged once. No such bean when limits are off.
 */
public final class RateLimitGate {

    private static final String ADMITTED = RateLimitGate.class.getName() + ".admitted";

    private final RateLimiter limiter;
    private final ProblemWriter problems;

    RateLimitGate(RateLimiter limiter, ProblemWriter problems) {
        this.limiter = limiter;
        this.problems = problems;
    }

    /** Whether the request may go on; when not, the 429 problem has been written. */
    public boolean admit(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getAttribute(ADMITTED) != null) {
            return true;
        }
        request.setAttribute(ADMITTED, Boolean.TRUE);
        Optional<RateLimiter.Decision> decision = limiter.consume(request);
        if (decision.isEmpty()) {
            return true;
        }
        RateLimiter.Decision d = decision.get();
        response.setHeader("RateLimit-Limit", Long.toString(d.limit()));
        response.setHeader("RateLimit-Remaining", Long.toString(d.remaining()));
        response.setHeader("RateLimit-Reset", Long.toString(d.resetSeconds()));
        if (d.allowed()) {
            return true;
        }
        long retryAfter = d.retryAfterSeconds();
        response.setHeader("Retry-After", Long.toString(retryAfter));
        problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "rate_limit_exceeded",
                "Too many requests; try again in " + retryAfter + " seconds");
        return false;
    }
}
