package dev.comptoir.shared.security;

import dev.comptoir.shared.web.HttpProperties;
import dev.comptoir.shared.web.ProblemWriter;
import dev.comptoir.shared.web.QueryStringGuard;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.CrossOriginResourcePolicyHeaderWriter.CrossOriginResourcePolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter.HeaderValue;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Stateless JWT security: helmet-equivalent headers, CORS from configuration, problem+json for
 * 401/403. Route-level rules are coarse here; permissions are checked with {@code @PreAuthorize}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    public static final String CSP = "default-src 'self'; base-uri 'self'; font-src 'self' https: data:; "
            + "form-action 'self'; frame-ancestors 'none'; img-src 'self' data: https:; object-src 'none'; "
            + "script-src 'self'; script-src-attr 'none'; style-src 'self' https: 'unsafe-inline'; "
            + "upgrade-insecure-requests";

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemWriter problems, List<SecurityFilterCustomizer> customizers)
            throws Exception {
        http.csrf(c -> c.disable())
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .requestCache(r -> r.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .cors(c -> {})
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .httpStrictTransportSecurity(hsts -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
                                .maxAgeInSeconds(31_536_000).includeSubDomains(true).preload(true))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER))
                        .xssProtection(x -> x.headerValue(HeaderValue.DISABLED))
                        .crossOriginOpenerPolicy(c -> c.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
                        .crossOriginResourcePolicy(c -> c.policy(CrossOriginResourcePolicy.SAME_ORIGIN)))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/admin/**", "/api/users/**").authenticated()
                        .anyRequest().permitAll())
                .oauth2ResourceServer(o -> o
                        .jwt(j -> j.jwtAuthenticationConverter(SecurityConfig::authentication))
                        .authenticationEntryPoint((req, res, e) -> {
                            res.setHeader("WWW-Authenticate", "Bearer");
                            boolean hadToken = req.getHeader("Authorization") != null;
                            problems.write(res, HttpStatus.UNAUTHORIZED, hadToken ? "invalid_token" : "unauthorized",
                                    hadToken ? "The access token is invalid or expired" : "Authentication is required");
                        })
                        .accessDeniedHandler((req, res, e) -> problems.write(res, HttpStatus.FORBIDDEN, "forbidden",
                                "You do not have permission to do this")))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> problems.write(res, HttpStatus.UNAUTHORIZED,
                                "unauthorized", "Authentication is required"))
                        .accessDeniedHandler((req, res, ex) -> problems.write(res, HttpStatus.FORBIDDEN, "forbidden",
                                "You do not have permission to do this")));
        // after the header writer: a refused query string still gets the security headers
        http.addFilterAfter(new QueryStringGuard(problems), HeaderWriterFilter.class);
        // before the customizers' filters (rate limits), which must know a secret key's caller
        http.addFilterAfter(new ApiKeyAuthenticationFilter(problems), BearerTokenAuthenticationFilter.class);
        for (SecurityFilterCustomizer customizer : customizers) {
            customizer.customize(http);
        }
        return http.build();
    }

    /** Authorities are the token's permissions plus {@code ROLE_<role>}. */
    static AbstractAuthenticationToken authentication(Jwt jwt) {
        Collection<GrantedAuthority> authorities = new ArrayList<>();
        List<String> perms = jwt.getClaimAsStringList(Permissions.CLAIM);
        if (perms != null) {
            perms.forEach(p -> authorities.add(new SimpleGrantedAuthority(p)));
        }
        String role = jwt.getClaimAsString(Permissions.ROLE_CLAIM);
        if (role != null) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
        }
        return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
    }

    /** A URL the firewall refuses (double slashes, encoded dots, ...) is a 400 problem, like any bad input. */
    /**
     * No Micrometer observation per security filter, authentication and authorization: they cost about
     * a tenth of a request's CPU (bench/RESULTS.md). Requests are still timed as http.server.requests.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemWriter problems) {
        return (request, response, e) -> problems.write(response, HttpStatus.BAD_REQUEST, "invalid_url",
                "The request URL is not allowed");
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(HttpProperties http) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOriginPatterns(new ArrayList<>(http.corsOrigins()));
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Content-Type", "Authorization", "X-API-Key", "Idempotency-Key",
                "X-Session-Id", "X-Guest-Token", "X-Request-Id", "If-None-Match"));
        // what a storefront on another origin must read: its session, a replayed answer, limits
        cors.setExposedHeaders(List.of("X-Session-Id", "X-Request-Id", "ETag", "Location", "RateLimit-Limit",
                "RateLimit-Remaining", "RateLimit-Reset", "Retry-After", "Idempotent-Replayed"));
        cors.setAllowCredentials(true);
        cors.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }

}
