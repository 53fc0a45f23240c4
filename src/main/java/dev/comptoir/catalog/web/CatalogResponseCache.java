package dev.comptoir.catalog.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.comptoir.catalog.CatalogLocale;
import dev.comptoir.catalog.CatalogLocales;
import dev.comptoir.markets.Market;
import dev.comptoir.markets.Markets;
import dev.comptoir.shared.error.ApiException;
import dev.comptoir.shared.ratelimit.RateLimitGate;
import dev.comptoir.shared.security.ApiKey;
import dev.comptoir.shared.web.QueryStringGuard;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves anonymous public catalog reads from memory, one entry per URL, origin and {@code X-Market}
 * header (the URL holds the other market choices, {@code market} and {@code country}). An answer is
 * fresh for {@code ttl} (5 s) and dropped at once when this instance commits a catalog change that a
 * listing shows: a product or category edit, a stock change that moves a SKU between in stock /
 * low stock / out of stock, a price list, customer group or market change; and when an active price
 * list's period starts or ends (ADR 0010: {@link CatalogGeneration}). Plain stock counts may so be a few seconds old (checkout always re-checks
 * stock), and other instances' writes show within two {@code ttl}s, as do market edits (the markets'
 * own cache is as short).
 *
 * <p>No stampede: when an answer goes stale, one request renews it while the others keep getting the
 * stale one (for one more {@code ttl} at most), and when there is no answer, one request computes it
 * while the others for the same key wait for it. Without that, every expiry of a popular search sent
 * all the connections asking for it through the search engine at once (p99 over 100 ms).
 *
 * <p>It runs before the security chain, so a hit skips a dozen filters: the headers that the chain
 * wrote on the first answer (security headers, CORS for that {@code Origin}, ETag, Cache-Control) are
 * kept with the body and written again, a matching {@code If-None-Match} gets a 304, and the caller's
 * rate limit is still charged through {@link RateLimitGate}.
 *
 * <p>A publishable API key only counts through the market it chooses (which the entry is kept under, so
 * its answer is served only to readers in that market, as any of them would have got it) and its rate
 * limit, which a hit charges as a miss does; a secret or wrong key is never served from here.
 *
 * <p>An answer is kept per market and per language as the read negotiates it ({@link CatalogLocales}):
 * two readers whose {@code Accept-Language} headers differ but pick the same language in the same
 * market share an entry. A request whose market or language cannot be chosen (an unknown market, a
 * malformed {@code locale}) is not cached: its problem is.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class CatalogResponseCache extends OncePerRequestFilter {

    /** Headers of each request's own (and Content-Type, kept apart), never replayed. */
    private static final Set<String> NOT_REPLAYED = Set.of("x-request-id", "x-cache", "date", "content-length",
            "content-type", "transfer-encoding", "set-cookie", "ratelimit-limit", "ratelimit-remaining",
            "ratelimit-reset", "retry-after");

    private record Header(String name, String value) {}

    private record Answer(long generation, long freshUntilNanos, String contentType, String etag,
            List<Header> headers, byte[] body) {}

    private final Cache<String, Answer> answers;
    private final ConcurrentHashMap<String, CompletableFuture<Answer>> computing = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final CatalogGeneration generation;
    private final RateLimitGate rateLimit;
    private final CatalogLocales locales;
    private final Markets markets;
    private final boolean enabled;

    CatalogResponseCache(CatalogGeneration generation, ObjectProvider<RateLimitGate> rateLimit, CatalogLocales locales,
            Markets markets,
            @Value("${comptoir.catalog.response-cache.ttl:5s}") Duration ttl,
            @Value("${comptoir.catalog.response-cache.max-bytes:67108864}") long maxBytes) {
        this.generation = generation;
        this.locales = locales;
        this.markets = markets;
        this.rateLimit = rateLimit.getIfAvailable(); // once: each lookup costs a tenth of a hit
        this.enabled = !ttl.isZero();
        this.ttlNanos = ttl.toNanos();
        this.answers = Caffeine.newBuilder()
                .expireAfterWrite(enabled ? ttl.multipliedBy(2) : Duration.ofMillis(1))
                .maximumWeight(maxBytes)
                .weigher((String key, Answer a) -> key.length() + a.body().length)
                .build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !enabled || !"GET".equals(request.getMethod()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                // a secret or wrong API key goes through the security chain, which refuses it or knows its caller
                || ApiKey.sentOtherThanPublishable(request)
                || !(path.startsWith("/api/products") || path.startsWith("/api/categories"))
                // the query-string guard refuses it later: reading its parameters here would fail first
                || !QueryStringGuard.acceptable(request.getQueryString());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String reader;
        try {
            reader = reader(request);
        } catch (ApiException notNegotiable) {
            chain.doFilter(request, response);
            return;
        }
        // CORS headers depend on the Origin, so each origin has its own entry; the market decides prices and
        // what is listed, the language the texts: each market and language has its own too
        String key = request.getRequestURI() + "?" + request.getQueryString() + " " + request.getHeader(HttpHeaders.ORIGIN)
                + " " + reader;
        long current = generation.current();
        Answer hit = answers.getIfPresent(key);
        if (hit != null && hit.generation() == current) {
            boolean stale = System.nanoTime() - hit.freshUntilNanos() > 0;
            if (!stale || computing.containsKey(key) || !renew(key, request, response, chain, current)) {
                serve(hit, request, response);
            }
            return;
        }
        Answer ready = finished(key);
        if (ready != null) {
            serve(ready, request, response);
            return;
        }
        if (renew(key, request, response, chain, current)) {
            return;
        }
        ready = finished(key); // another request claimed the key meanwhile
        if (ready != null) {
            serve(ready, request, response);
        } else {
            compute(key, request, response, chain, current);
        }
    }

    /**
     * What else than the URL and the origin decides the answer: the request's market (its header is not
     * in the URL) and the language negotiated in it, with its fallback.
     */
    private String reader(HttpServletRequest request) {
        Market market = markets.fromRequest(request);
        CatalogLocale locale = locales.negotiate(market, request.getParameter(CatalogLocales.PARAMETER),
                request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        return market.code() + " " + locale.locale() + ">" + locale.fallback();
    }

    /**
     * The current answer of a computation running for the key, or of one that ended since the caller
     * looked (a computation stores its answer before it lets go of the key); null when there is none.
     */
    private Answer finished(String key) {
        CompletableFuture<Answer> other = computing.get(key);
        Answer answer = other == null ? answers.getIfPresent(key) : await(other);
        return answer != null && answer.generation() == generation.current() ? answer : null;
    }

    /** Computes the answer as the one request doing so for this key; false when another already is. */
    private boolean renew(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            long current) throws ServletException, IOException {
        CompletableFuture<Answer> mine = new CompletableFuture<>();
        if (computing.putIfAbsent(key, mine) != null) {
            return false;
        }
        Answer answer = null;
        try {
            answer = compute(key, request, response, chain, current);
        } finally {
            computing.remove(key, mine);
            mine.complete(answer);
        }
        return true;
    }

    private Answer compute(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            long current) throws ServletException, IOException {
        response.setHeader("X-Cache", "MISS");
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        String etag = wrapper.getHeader(HttpHeaders.ETAG);
        Answer answer = null;
        if (wrapper.getStatus() == HttpServletResponse.SC_OK && etag != null) {
            answer = new Answer(current, System.nanoTime() + ttlNanos, wrapper.getContentType(), etag,
                    replayable(wrapper), wrapper.getContentAsByteArray());
            answers.put(key, answer);
        }
        wrapper.copyBodyToResponse();
        return answer;
    }

    private static Answer await(CompletableFuture<Answer> computing) {
        try {
            return computing.get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    private void serve(Answer hit, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (rateLimit != null && !rateLimit.admit(request, response)) {
            return;
        }
        response.setHeader("X-Cache", "HIT");
        hit.headers().forEach(h -> response.addHeader(h.name(), h.value()));
        if (hit.etag().equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(hit.contentType());
        response.setContentLength(hit.body().length);
        response.getOutputStream().write(hit.body());
    }

    private static List<Header> replayable(HttpServletResponse response) {
        List<Header> headers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String name : response.getHeaderNames()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (seen.add(lower) && !NOT_REPLAYED.contains(lower)) {
                response.getHeaders(name).forEach(value -> headers.add(new Header(name, value)));
            }
        }
        return List.copyOf(headers);
    }
}
