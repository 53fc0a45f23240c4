package dev.comptoir.shared.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.comptoir.shared.InvalidConfigurationException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.io.ClassPathResource;

/** The shipped defaults and the start-up checks, bound the way Spring Boot binds application.yml. */
class RateLimitPropertiesTests {

    @Test
    void theShippedDefaultsAreTheChaptersPer15MinutesForAnonymousClientsAndHigherForUsers() throws Exception {
        RateLimitProperties limits = bind(Map.of());
        assertThat(limits.enabled()).isTrue();
        assertThat(limits.trustedProxies()).isEmpty();
        assertThat(limits.redisKeyPrefix()).isEqualTo("comptoir:rl:");
        assertThat(limits.groups()).containsOnlyKeys("auth", "refresh", "password", "products", "cart", "orders");
        assertThat(limits.groups().get("products").paths()).containsExactly("/api/products/**", "/api/categories/**");
        assertThat(limits.groups().get("refresh").paths()).containsExactly("/api/auth/refresh");
        assertThat(limits.groups().get("password").paths()).containsExactly("/api/users/me/password",
                "/api/users/me/email");
        assertThat(limits.groups()).allSatisfy((name, group) -> assertThat(group.per()).as(name)
                .isEqualTo(name.equals("auth") || name.equals("refresh") ? RateLimitProperties.Per.IP
                        : RateLimitProperties.Per.CALLER));
        Map<String, List<Long>> budgets = new HashMap<>();
        limits.groups().forEach((name, group) -> {
            assertThat(group.anonymous().window()).isEqualTo(Duration.ofMinutes(15));
            assertThat(group.authenticated().window()).isEqualTo(Duration.ofMinutes(15));
            budgets.put(name, List.of(group.anonymous().limit(), group.authenticated().limit()));
        });
        // the sign-in routes' authenticated budget is never used (per ip): it is the anonymous one
        assertThat(budgets).isEqualTo(Map.of("auth", List.of(5L, 5L), "refresh", List.of(60L, 60L),
                "password", List.of(5L, 5L),
                "products", List.of(100L, 1000L),
                "cart", List.of(50L, 300L), "orders", List.of(20L, 100L)));
    }

    @Test
    void aGroupIsAddedByConfigurationAlone() throws Exception {
        RateLimitProperties limits = bind(Map.of(
                "comptoir.rate-limit.groups.reviews.paths", "/api/products/*/reviews",
                "comptoir.rate-limit.groups.reviews.anonymous.limit", "10",
                "comptoir.rate-limit.groups.reviews.anonymous.window", "1h"));
        RateLimitProperties.Group reviews = limits.groups().get("reviews");
        assertThat(reviews.anonymous()).isEqualTo(new RateLimitProperties.Limit(10L, Duration.ofHours(1)));
        assertThat(reviews.authenticated()).as("defaults to the anonymous budget").isEqualTo(reviews.anonymous());
    }

    @Test
    void environmentVariablesOverrideTheDefaults() throws Exception {
        RateLimitProperties limits = bind(Map.of("RATE_LIMIT_AUTH_ANONYMOUS", "7", "RATE_LIMIT_WINDOW", "5m",
                "TRUSTED_PROXIES", "10.0.0.0/8, 192.168.0.1"));
        assertThat(limits.groups().get("auth").anonymous()).isEqualTo(new RateLimitProperties.Limit(7L, Duration.ofMinutes(5)));
        assertThat(limits.trustedProxies()).containsExactly("10.0.0.0/8", "192.168.0.1");
    }

    @Test
    void badValuesStopTheStartNamingTheSetting() {
        assertRefused(Map.of("comptoir.rate-limit.groups.auth.anonymous.limit", "0"),
                "comptoir.rate-limit.groups.auth.anonymous.limit");
        assertRefused(Map.of("comptoir.rate-limit.groups.cart.authenticated.window", "500ms"),
                "comptoir.rate-limit.groups.cart.authenticated.window");
        assertRefused(Map.of("comptoir.rate-limit.trusted-proxies", "10.0.0.0/33"), "comptoir.rate-limit.trusted-proxies");
        assertRefused(Map.of("comptoir.rate-limit.trusted-proxies", "proxy.internal"), "comptoir.rate-limit.trusted-proxies");
        assertRefused(Map.of("comptoir.rate-limit.groups.orders.paths", "api/orders/**"),
                "comptoir.rate-limit.groups.orders.paths");
        assertRefused(Map.of("comptoir.rate-limit.groups.x.anonymous.limit", "3"), "comptoir.rate-limit.groups.x.paths");
        assertRefused(Map.of("comptoir.rate-limit.groups.x.paths", "/api/x/**"),
                "comptoir.rate-limit.groups.x.anonymous.limit");
        assertRefused(Map.of("comptoir.rate-limit.groups.auth.authenticated.limit", "20"),
                "comptoir.rate-limit.groups.auth.authenticated");
    }

    @Test
    void aRedisUrlMustBeOneWithoutEchoingItsPassword() {
        assertThat(new RedisSettings("redis://127.0.0.1:6379", Duration.ofSeconds(1)).uri()).isPresent();
        assertThat(new RedisSettings("rediss://user:secret@cache.example.com:6380/2", Duration.ofSeconds(1)).uri())
                .hasValueSatisfying(uri -> assertThat(uri.getDatabase()).isEqualTo(2));
        assertThat(new RedisSettings("", Duration.ofSeconds(1)).configured()).isFalse();
        for (String bad : List.of("localhost:6379", "http://cache:6379", "redis://", "redis://:hunter2@")) {
            assertThatThrownBy(() -> new RedisSettings(bad, Duration.ofSeconds(1)))
                    .isInstanceOf(InvalidConfigurationException.class)
                    .hasMessageStartingWith("Invalid configuration: REDIS_URL")
                    .hasMessageNotContaining("hunter2");
        }
    }

    private static void assertRefused(Map<String, String> settings, String setting) {
        assertThatThrownBy(() -> bind(settings))
                .isInstanceOf(BindException.class)
                .rootCause()
                .isInstanceOf(InvalidConfigurationException.class)
                .satisfies(e -> assertThat(((InvalidConfigurationException) e).setting()).startsWith(setting));
    }

    private static RateLimitProperties bind(Map<String, String> settings) throws Exception {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new MapPropertySource("overrides", new HashMap<>(settings)));
        new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
                .forEach(sources::addLast);
        return new Binder(ConfigurationPropertySources.from(sources), new PropertySourcesPlaceholdersResolver(sources))
                .bindOrCreate("comptoir.rate-limit", RateLimitProperties.class);
    }
}
