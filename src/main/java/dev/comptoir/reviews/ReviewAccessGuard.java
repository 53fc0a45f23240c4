package dev.comptoir.reviews;

import dev.comptoir.shared.error.ForbiddenException;
import dev.comptoir.shared.error.UnauthorizedException;
import dev.comptoir.shared.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks the reviews routes' {@code @PreAuthorize} rules before the request is bound, so that an
 * anonymous caller gets 401 and a caller without the right gets 403 rather than a 400 about the body
 * or parameters. The annotations stay the rule; this only moves their check earlier.
 */
@Configuration(proxyBeanMethods = false)
class ReviewAccessGuard implements WebMvcConfigurer, HandlerInterceptor {

    /** Writing a review is for customers' accounts, not staff ones. */
    static final String CUSTOMER = "hasRole('customer')";
    static final String MODERATOR = "hasAuthority('catalog:write')";

    private static final Map<String, String> AUTHORITY = Map.of(CUSTOMER, "ROLE_customer", MODERATOR, "catalog:write");

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/products/*/reviews", "/api/admin/reviews",
                "/api/admin/reviews/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            PreAuthorize rule = method.getMethodAnnotation(PreAuthorize.class);
            String authority = rule == null ? null : AUTHORITY.get(rule.value());
            if (authority != null && !CurrentUser.has(authority)) {
                if (CurrentUser.id().isEmpty()) {
                    throw new UnauthorizedException("unauthorized", "Authentication is required");
                }
                throw new ForbiddenException("forbidden", "You do not have permission to do this");
            }
        }
        return true;
    }
}
