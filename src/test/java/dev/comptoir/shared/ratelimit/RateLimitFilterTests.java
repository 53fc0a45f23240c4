package dev.comptoir.shared.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.comptoir.shared.web.ProblemWriter;
import io.lettuce.core.RedisURI;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;

/** The filter and its stores without a server: failing open, and memory that stays bounded. */
class RateLimitFilterTests {

    private static final Map<String, RateLimitProperties.Group> PRODUCTS = Map.of("products",
            new RateLimitProperties.Group(List.of("/api/products/**"),
                    new RateLimitProperties.Limit(2L, Duration.ofMinutes(1)),
                    new RateLimitProperties.Limit(4L, Duration.ofMinutes(1)), RateLimitProperties.Per.CALLER));

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @AfterEach
    void clearSecurityContext() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anUnreachableRedisLetsRequestsThroughWithoutHeadersInsteadOfFailingThem() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (RedisBucketStore redis = new RedisBucketStore(RedisURI.create("redis://127.0.0.1:" + closedPort),
                Duration.ofMillis(300))) {
            RateLimitFilter filter = filter(redis);
            for (int i = 0; i < 5; i++) {
                MockHttpServletResponse response = new MockHttpServletResponse();
                MockFilterChain chain = new MockFilterChain();
                long start = System.nanoTime();
                filter.doFilter(request("/api/products"), response, chain);
                assertThat(chain.getRequest()).as("the request went on").isNotNull();
                assertThat(response.getStatus()).isEqualTo(200);
                assertThat(response.getHeader("RateLimit-Limit")).isNull();
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
            }
            assertThat(meters.counter("comptoir.rate_limit.store_failures").count()).isEqualTo(5);
        }
    }

    @Test
    void theLocalStoreCountsPerClientAndRefusesOverTheLimit() throws Exception {
        RateLimitFilter filter = filter(new LocalBucketStore(1000));
        assertThat(run(filter, "/api/products", "203.0.113.1").getHeader("RateLimit-Remaining")).isEqualTo("1");
        assertThat(run(filter, "/api/products/x", "203.0.113.1").getHeader("RateLimit-Remaining")).isEqualTo("0");
        MockHttpServletResponse refused = run(filter, "/api/products", "203.0.113.1");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentAsString()).contains("\"error\":\"rate_limit_exceeded\"");
        assertThat(meters.counter("comptoir.rate_limit.rejected", "group", "products", "client", "ip").count())
                .isEqualTo(1);
        assertThat(run(filter, "/api/products", "203.0.113.2").getStatus()).isEqualTo(200);
        assertThat(run(filter, "/api/other", "203.0.113.1").getHeader("RateLimit-Limit")).isNull();
    }

    @Test
    void theLocalStoreKeepsAtMostItsMaximumNumberOfBuckets() throws Exception {
        LocalBucketStore store = new LocalBucketStore(50);
        RateLimitFilter filter = filter(store);
        for (int i = 0; i < 2000; i++) {
            run(filter, "/api/products", "198.18." + (i / 250) + "." + (i % 250 + 1));
        }
        assertThat(store.size()).isLessThanOrEqualTo(50);
    }

    private MockHttpServletResponse run(RateLimitFilter filter, String path, String peer) throws Exception {
        MockHttpServletRequest request = request(path);
        request.setRemoteAddr(peer);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    private RateLimitFilter filter(BucketStore store) {
        RateLimiter limiter = new RateLimiter(new RouteGroups(PRODUCTS), new ClientIpResolver(List.of()), store,
                "comptoir:rl:", meters, 10_000);
        return new RateLimitFilter(new RateLimitGate(limiter, new ProblemWriter(JsonMapper.builder().build())));
    }

    private static MockHttpServletRequest request(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRequestURI(path);
        return request;
    }
}
