package dev.comptoir.shared.security;

import dev.comptoir.shared.error.ForbiddenException;
import dev.comptoir.shared.error.UnauthorizedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks a handler's {@code @PreAuthorize} rule (on the method or its controller) before the request
 * is bound and validated, so that a caller without the right gets 401/403, never a 400 describing an
 * admin route's body. The annotation stays the rule (method security still enforces it); this only
 * moves its check earlier. Rules here name authorities and roles only, never method arguments.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizeFirst implements WebMvcConfigurer, HandlerInterceptor {

    private final PreAuthorizeAuthorizationManager rules = new PreAuthorizeAuthorizationManager();
    private final Map<Method, Boolean> guarded = new ConcurrentHashMap<>();

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !guarded.computeIfAbsent(method.getMethod(),
                m -> AnnotatedElementUtils.hasAnnotation(m, PreAuthorize.class)
                        || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), PreAuthorize.class))) {
            return true;
        }
        var invocation = new SimpleMethodInvocation(method.getBean(), method.getMethod());
        AuthorizationResult result = rules.authorize(SecurityContextHolder.getContext()::getAuthentication,
                invocation);
        if (result != null && !result.isGranted()) {
            if (!CurrentUser.authenticated()) {
                throw new UnauthorizedException("unauthorized", "Authentication is required");
            }
            throw new ForbiddenException("forbidden", "You do not have permission to do this");
        }
        return true;
    }
}
