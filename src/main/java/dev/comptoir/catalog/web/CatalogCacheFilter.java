package dev.comptoir.catalog.web;

import dev.comptoir.markets.Markets;
import dev.comptoir.shared.security.ApiKey;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.InputStream;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Public catalog reads ({@code GET /api/products...}, {@code /api/categories...}) are cacheable for a
 * minute and carry an ETag computed from the body, so {@code If-None-Match} answers 304 without
 * sending it again. A body hash (not a version counter) because stock moves with every sale and a
 * global version row would serialise checkouts. The ETag is weak because Tomcat does not compress a
 * response with a strong one. A signed-in read is {@code private}: price lists of the reader's customer
 * groups may price it, so no shared cache may give it to another. Everything else keeps Spring
 * Security's no-store.
 */
@Configuration(proxyBeanMethods = false)
class CatalogCacheFilter {

    static final String CACHE_CONTROL = "public, max-age=60";
    static final String SIGNED_IN_CACHE_CONTROL = "private, max-age=60";

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> catalogEtagFilter() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration =
                new FilterRegistrationBean<>(new PublicCatalogEtagFilter());
        registration.addUrlPatterns("/api/products", "/api/products/*", "/api/categories", "/api/categories/*");
        registration.setName("catalogEtagFilter");
        return registration;
    }

    static class PublicCatalogEtagFilter extends ShallowEtagHeaderFilter {

        PublicCatalogEtagFilter() {
            setWriteWeakETag(true);
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String method = request.getMethod();
            return !("GET".equals(method) || "HEAD".equals(method));
        }

        @Override
        protected boolean isEligibleForEtag(HttpServletRequest request, HttpServletResponse response,
                int responseStatusCode, InputStream inputStream) {
            boolean eligible = super.isEligibleForEtag(request, response, responseStatusCode, inputStream);
            if (eligible) {
                boolean signedIn = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
                response.setHeader(HttpHeaders.CACHE_CONTROL, signedIn ? SIGNED_IN_CACHE_CONTROL : CACHE_CONTROL);
                // the X-Market header chooses the market, which decides the prices (so may a publishable
                // API key); the reader's groups too
                response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING + ", " + Markets.HEADER + ", "
                        + ApiKey.HEADER
                        + (signedIn ? ", " + HttpHeaders.AUTHORIZATION : ""));
            }
            return eligible;
        }
    }
}
