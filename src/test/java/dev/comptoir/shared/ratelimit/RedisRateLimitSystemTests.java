package dev.comptoir.shared.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.comptoir.shared.ratelimit.LoopbackHttp.Response;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestRedis;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two instances on one Redis draw on one budget (products: 4 a minute per client). The keys of this run
 * live under a prefix of their own, deleted at the end; a shared Redis is never flushed. See
 * {@link TestRedis} for where the Redis comes from (TEST_REDIS=1, a redis-server started here, or a skip).
 */
@SystemTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RedisRateLimitSystemTests {

    private static final String PREFIX = "comptoir:rl:test-" + UUID.randomUUID() + ":";
    private static TestRedis redis;
    private static RateLimitedApp first;
    private static RateLimitedApp second;

    @Autowired
    DataSource sharedDatabase;

    @BeforeAll
    static void startRedis() throws Exception {
        redis = TestRedis.startOrSkip();
    }

    @BeforeEach
    void startTwoInstances() throws Exception {
        if (first == null) {
            String[] settings = {
                "comptoir.redis.url=" + redis.url(),
                "comptoir.rate-limit.redis-key-prefix=" + PREFIX,
                "comptoir.rate-limit.groups.products.anonymous.limit=4",
                "comptoir.rate-limit.groups.products.anonymous.window=1m"
            };
            first = RateLimitedApp.start(sharedDatabase, "rl-redis-1", settings);
            second = RateLimitedApp.start(sharedDatabase, "rl-redis-2", settings);
        }
    }

    @AfterAll
    static void stopEverything() throws Exception {
        try {
            if (redis != null && redis.running()) {
                redis.deleteKeys(PREFIX);
            }
        } finally {
            if (first != null) {
                first.close();
            }
            if (second != null) {
                second.close();
            }
            if (redis != null) {
                redis.close();
            }
            first = second = null;
        }
    }

    @Test
    @Order(1)
    void twoInstancesShareOneBudget() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        List<Long> remaining = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            RateLimitedApp instance = i % 2 == 0 ? first : second;
            Response response = LoopbackHttp.get("127.0.0.1", instance.port(), "/api/products", Map.of());
            statuses.add(response.status());
            remaining.add(response.longHeader("RateLimit-Remaining"));
            assertThat(response.longHeader("RateLimit-Limit")).isEqualTo(4);
            assertThat(response.longHeader("RateLimit-Reset")).isBetween(1L, 60L);
            if (response.status() == 429) {
                assertThat(response.longHeader("Retry-After")).isBetween(1L, 60L);
                assertThat(response.body()).contains("rate_limit_exceeded");
            }
        }
        assertThat(statuses.subList(0, 4)).doesNotContain(429);
        assertThat(statuses.subList(4, 8)).containsOnly(429);
        assertThat(remaining).containsExactly(3L, 2L, 1L, 0L, 0L, 0L, 0L, 0L);

        Map<String, Long> keys = redis.keys(PREFIX);
        assertThat(keys).hasSize(1);
        assertThat(keys.keySet().iterator().next()).isEqualTo(PREFIX + "products:ip:4/60s:127.0.0.1");
        // the key goes once the bucket would be full again (at most the window plus a margin)
        assertThat(keys.values().iterator().next()).isBetween(1L, 75_000L);
    }

    @Test
    @Order(2)
    void whenRedisGoesAwayRequestsPassUnlimitedInsteadOfFailing() throws Exception {
        Assumptions.assumeTrue(redis.owned(), "only a Redis started by this test may be stopped");
        redis.close();
        for (RateLimitedApp instance : List.of(first, second)) {
            Response response = LoopbackHttp.get("127.0.0.1", instance.port(), "/api/products", Map.of());
            assertThat(response.status()).isNotEqualTo(429).isLessThan(500);
            assertThat(response.header("RateLimit-Limit")).isNull();
        }
    }
}
