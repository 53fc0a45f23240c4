package dev.comptoir.shared.ratelimit;

import dev.comptoir.shared.security.SecurityFilterCustomizer;
import dev.comptoir.shared.web.ProblemWriter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;

/**
 * Rate limits, on unless {@code comptoir.rate-limit.enabled=false}: in memory, or in Redis with REDIS_URL.
 * Refusals and store failures are counted ({@code comptoir.rate_limit.rejected{group,client}},
 * {@code comptoir.rate_limit.store_failures}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "comptoir.rate-limit.enabled", matchIfMissing = true)
class RateLimitConfig {

    private static final Logger log = LoggerFactory.getLogger(RateLimitConfig.class);

    @Bean(destroyMethod = "close")
    BucketStore rateLimitBuckets(RateLimitProperties limits, RedisSettings redis) {
        return redis.uri().<BucketStore>map(uri -> new RedisBucketStore(uri, redis.timeout()))
                .orElseGet(() -> new LocalBucketStore(limits.localMaxEntries()));
    }

    @Bean
    RateLimiter rateLimiter(RateLimitProperties limits, BucketStore rateLimitBuckets,
            ObjectProvider<MeterRegistry> meters) {
        RouteGroups groups = new RouteGroups(limits.groups());
        if (groups.isEmpty()) {
            log.warn("Rate limits are enabled but no route group is configured (comptoir.rate-limit.groups)");
        }
        return new RateLimiter(groups, new ClientIpResolver(limits.trustedProxyRanges()), rateLimitBuckets,
                limits.redisKeyPrefix(), meters.getIfAvailable(SimpleMeterRegistry::new), limits.publishableKeyLimit());
    }

    @Bean
    RateLimitGate rateLimitGate(RateLimiter rateLimiter, ProblemWriter problems) {
        return new RateLimitGate(rateLimiter, problems);
    }

    @Bean
    SecurityFilterCustomizer rateLimitFilter(RateLimitGate rateLimitGate) {
        RateLimitFilter filter = new RateLimitFilter(rateLimitGate);
        return http -> http.addFilterAfter(filter, BearerTokenAuthenticationFilter.class);
    }
}
