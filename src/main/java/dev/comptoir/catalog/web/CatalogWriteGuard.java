package dev.comptoir.catalog.web;

import dev.comptoir.shared.error.ForbiddenException;
import dev.comptoir.shared.error.UnauthorizedException;
import dev.comptoir.shared.security.CurrentUser;
import dev.comptoir.shared.security.Permissions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks {@code catalog:write} before the request body is read, so that an anonymous or customer
 * caller gets 401/403 rather than a validation 400 that would describe the admin API. The
 * {@code @PreAuthorize} on each handler stays the rule; this only moves its check earlier.
 */
@Configuration(proxyBeanMethods = false)
class CatalogWriteGuard implements WebMvcConfigurer, HandlerInterceptor {

    private static final String RULE = "hasAuthority('" + Permissions.CATALOG_WRITE + "')";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/products/**", "/api/categories/**", "/api/admin/products/**",
                "/api/products", "/api/categories", "/api/admin/products");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            PreAuthorize rule = method.getMethodAnnotation(PreAuthorize.class);
            if (rule != null && RULE.equals(rule.value()) && !CurrentUser.has(Permissions.CATALOG_WRITE)) {
                if (CurrentUser.id().isEmpty()) {
                    throw new UnauthorizedException("unauthorized", "Authentication is required");
                }
                throw new ForbiddenException("forbidden", "You do not have permission to do this");
            }
        }
        return true;
    }
}
