package dev.comptoir.catalog.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves anonymous public catalog reads from memory. An answer is kept for {@code ttl} (5 s) and
 * dropped at once when this instance commits a catalog change that a listing shows: a product or
 * category edit, or a stock change that moves a SKU between in stock / low stock / out of stock.
 * Plain stock counts may so be a few seconds old (checkout always re-checks stock), and other
 * instances' writes show within {@code ttl}. Registered just before the ETag filter, so a hit also
 * answers 304 to a matching {@code If-None-Match}.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class CatalogResponseCache extends OncePerRequestFilter {

    private record Answer(long generation, String contentType, String etag, byte[] body) {}

    private final Cache<String, Answer> answers;
    private final CatalogGeneration generation;
    private final boolean enabled;

    CatalogResponseCache(CatalogGeneration generation, @Value("${comptoir.catalog.response-cache.ttl:5s}") Duration ttl,
            @Value("${comptoir.catalog.response-cache.max-bytes:67108864}") long maxBytes) {
        this.generation = generation;
        this.enabled = !ttl.isZero();
        this.answers = Caffeine.newBuilder()
                .expireAfterWrite(enabled ? ttl : Duration.ofMillis(1))
                .maximumWeight(maxBytes)
                .weigher((String key, Answer a) -> key.length() + a.body().length)
                .build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !enabled || !"GET".equals(request.getMethod()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || !(path.startsWith("/api/products") || path.startsWith("/api/categories"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getRequestURI() + "?" + request.getQueryString();
        long current = generation.current();
        Answer hit = answers.getIfPresent(key);
        if (hit != null && hit.generation() == current) {
            response.setHeader("X-Cache", "HIT");
            response.setHeader(HttpHeaders.CACHE_CONTROL, CatalogCacheFilter.CACHE_CONTROL);
            response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
            response.setHeader(HttpHeaders.ETAG, hit.etag());
            if (hit.etag().equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            response.setContentType(hit.contentType());
            response.setContentLength(hit.body().length);
            response.getOutputStream().write(hit.body());
            return;
        }
        response.setHeader("X-Cache", "MISS");
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        String etag = wrapper.getHeader(HttpHeaders.ETAG);
        if (wrapper.getStatus() == HttpServletResponse.SC_OK && etag != null) {
            answers.put(key, new Answer(current, wrapper.getContentType(), etag, wrapper.getContentAsByteArray()));
        }
        wrapper.copyBodyToResponse();
    }
}
