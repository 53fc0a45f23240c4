package dev.comptoir.shared.ratelimit;

import dev.comptoir.shared.security.ApiKey;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Takes one token from the caller's bucket for the request's route group: the user's bucket when the
 * request carries a verified token, else the client address's — always the address's for a group limited
 * per IP (sign-in routes: a token of any account must not move a login or a registration to a budget of
 * its own). A publishable API key moves an anonymous caller to the key's bucket (a server-rendered storefront
 * is not one shopper), unless the address came from {@code X-Forwarded-For} through trusted proxies: then
 * each shopper is still charged on its own (never on per-ip groups: a public key buys no sign-in attempts).
 * When the bucket store fails (Redis down),
 * the request goes through unlimited and a warning is logged at most once a minute: an outage of the
 * limiter must not become an outage of the shop.
 */
final class RateLimiter {

    private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);
    private static final long WARN_EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final RouteGroups groups;
    private final ClientIpResolver clients;
    private final BucketStore store;
    private final String keyPrefix;
    private final MeterRegistry meters;
    private final long publishableKeyLimit;
    private final Map<String, Policy> keyPolicies = new ConcurrentHashMap<>();
    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS);

    RateLimiter(RouteGroups groups, ClientIpResolver clients, BucketStore store, String keyPrefix,
            MeterRegistry meters, long publishableKeyLimit) {
        this.groups = groups;
        this.publishableKeyLimit = publishableKeyLimit;
        this.clients = clients;
        this.store = store;
        this.keyPrefix = keyPrefix;
        this.meters = meters;
    }

    /** Empty when the request is not limited (no group, or the store failed). */
    Optional<Decision> consume(HttpServletRequest request) {
        Optional<RouteGroups.Route.Budgets> budgets = groups.match(request);
        if (budgets.isEmpty()) {
            return Optional.empty();
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean user = !budgets.get().perIp() && auth != null && auth.isAuthenticated()
                && !(auth instanceof AnonymousAuthenticationToken);
        Optional<ApiKey> key = user || budgets.get().perIp() ? Optional.empty()
                : ApiKey.publishable(request).filter(k -> !clients.forwarded(request));
        Policy policy = user ? budgets.get().authenticated()
                : key.map(k -> keyPolicy(budgets.get().anonymous(), k)).orElse(budgets.get().anonymous());
        String client = user ? auth.getName() : key.map(k -> k.id().toString()).orElseGet(() -> clients.clientKey(request));
        try {
            ConsumptionProbe probe = store.tryConsume(policy.key(keyPrefix, client), policy);
            if (!probe.isConsumed()) {
                meters.counter("comptoir.rate_limit.rejected", "group", policy.group(),
                        "client", policy.kind().keyPart).increment();
            }
            return Optional.of(new Decision(policy, probe));
        } catch (RuntimeException e) {
            meters.counter("comptoir.rate_limit.store_failures").increment();
            warn(e);
            return Optional.empty();
        }
    }

    /** The key's budget in a group: its own limit or the default, per the group's anonymous window. */
    private Policy keyPolicy(Policy anonymous, ApiKey key) {
        long limit = key.rateLimit() != null ? key.rateLimit() : publishableKeyLimit;
        return keyPolicies.computeIfAbsent(anonymous.group() + "/" + limit, k -> Policy.of(anonymous.group(),
                Policy.Kind.API_KEY, new RateLimitProperties.Limit(limit, anonymous.window())));
    }

    private void warn(RuntimeException e) {
        long now = System.nanoTime();
        long last = lastWarning.get();
        if (now - last >= WARN_EVERY_NANOS && lastWarning.compareAndSet(last, now)) {
            log.warn("Rate limit store failed, letting requests through unlimited: {}", e.toString());
        }
    }

    /** The outcome for one request, in the units the headers use. */
    record Decision(Policy policy, ConsumptionProbe probe) {

        boolean allowed() {
            return probe.isConsumed();
        }

        long limit() {
            return policy.limit();
        }

        long remaining() {
            return Math.max(0, probe.getRemainingTokens());
        }

        /** Seconds until the bucket is full again. */
        long resetSeconds() {
            return ceilSeconds(probe.getNanosToWaitForReset());
        }

        /** Seconds until a request can succeed again; at least 1. */
        long retryAfterSeconds() {
            return Math.max(1, ceilSeconds(probe.getNanosToWaitForRefill()));
        }

        private static long ceilSeconds(long nanos) {
            return Math.max(0, (nanos + 999_999_999L) / 1_000_000_000L);
        }
    }
}
