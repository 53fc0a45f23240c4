package dev.comptoir.integrations.apikeys;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.comptoir.integrations.apikeys.ApiKeyFixtures.Key;
import dev.comptoir.support.ExtraInstance;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestCatalog;
import dev.comptoir.support.TestCatalog.Sku;
import dev.comptoir.support.TestTokens;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A publishable key's own rate-limit budget, on an instance of its own with limits on (the shared test
 * context runs without): products 3 a minute per anonymous address, keys 20 by default. It trusts
 * 127.0.0.1 as a proxy, so a request with {@code X-Forwarded-For} is a shopper behind a proxy, and one
 * without is the server itself (a server-rendered storefront), from the one address every test shares.
 */
@SystemTest
class ApiKeyRateLimitSystemTests {

    private static final AtomicInteger SHOPPERS = new AtomicInteger();
    private static ConfigurableApplicationContext instance;

    @Autowired
    DataSource dataSource;

    @Autowired
    TestTokens tokens;

    @Autowired
    TestCatalog catalog;

    ApiKeyFixtures keys;

    @BeforeEach
    void startTheLimitedInstance() {
        keys = new ApiKeyFixtures(tokens.admin());
        if (instance == null) {
            instance = ExtraInstance.start(dataSource, Map.of(
                    "comptoir.rate-limit.enabled", "true",
                    "comptoir.rate-limit.trusted-proxies", "127.0.0.1",
                    "comptoir.rate-limit.groups.products.anonymous.limit", "3",
                    "comptoir.rate-limit.groups.products.anonymous.window", "1m",
                    "comptoir.rate-limit.publishable-key-limit", "20"));
            // the contract check reads the instance's document once: not on the clock of a cached answer
            given().port(port()).get("/api/docs/openapi.json").then().statusCode(200);
        }
    }

    @AfterAll
    static void stop() {
        if (instance != null) {
            instance.close();
            instance = null;
        }
    }

    @Test
    void aStorefrontWithAPublishableKeyIsNotLimitedAsOneAnonymousAddress() {
        Key key = keys.publishable(Map.of());
        Sku sku = catalog.product("10.00", 5);
        String path = "/api/products/" + sku.productId();

        List<Integer> keyed = statuses(10, () -> onInstance().header("X-API-Key", key.token()), path);
        assertThat(keyed).containsOnly(200);
        Response last = onInstance().header("X-API-Key", key.token()).get(path);
        assertThat(last.header("RateLimit-Limit")).isEqualTo("20");
        assertThat(last.header("RateLimit-Remaining")).isEqualTo("9");

        // the same requests from the same address without the key trip the anonymous limit
        List<Integer> anonymous = statuses(10, this::onInstance, path);
        assertThat(anonymous.subList(0, 3)).containsOnly(200);
        assertThat(anonymous.subList(3, 10)).containsOnly(429);
    }

    @Test
    void aKeysOwnLimitCountsCachedAnswersToo() {
        Key key = keys.publishable(Map.of("rateLimit", 5));
        Sku sku = catalog.product("10.00", 5);
        String path = "/api/products/" + sku.productId();
        List<Integer> statuses = new ArrayList<>();
        List<String> cache = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Response response = onInstance().header("X-API-Key", key.token()).get(path);
            statuses.add(response.statusCode());
            cache.add(response.header("X-Cache"));
        }
        assertThat(statuses).containsExactly(200, 200, 200, 200, 200, 429, 429, 429);
        assertThat(cache.subList(1, 5)).contains("HIT");
    }

    @Test
    void shoppersForwardedByATrustedProxyAreStillLimitedEachOnItsOwn() {
        Key key = keys.publishable(Map.of());
        String shopper = "10.9.0." + SHOPPERS.incrementAndGet();
        String other = "10.9.1." + SHOPPERS.incrementAndGet();
        List<Integer> first = statuses(5,
                () -> onInstance().header("X-API-Key", key.token()).header("X-Forwarded-For", shopper), "/api/products");
        assertThat(first).containsExactly(200, 200, 200, 429, 429);
        // another shopper behind the same storefront has a budget of its own
        assertThat(onInstance().header("X-API-Key", key.token()).header("X-Forwarded-For", other)
                .get("/api/products").statusCode()).isEqualTo(200);
    }

    @Test
    void aPublishableKeyBuysNoSignInAttempts() {
        Key key = keys.publishable(Map.of());
        // the auth group is limited per address (5 by default) whatever the request carries
        String shopper = "10.9.2." + SHOPPERS.incrementAndGet();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            statuses.add(onInstance().header("X-API-Key", key.token()).header("X-Forwarded-For", shopper)
                    .contentType("application/json").body(Map.of("email", "nobody@example.test", "password", "wrong-password"))
                    .post("/api/auth/login").statusCode());
        }
        assertThat(statuses.subList(0, 5)).doesNotContain(429);
        assertThat(statuses.get(5)).isEqualTo(429);
    }

    private List<Integer> statuses(int times, java.util.function.Supplier<RequestSpecification> request, String path) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            statuses.add(request.get().get(path).statusCode());
        }
        return statuses;
    }

    private RequestSpecification onInstance() {
        return given().port(port());
    }

    private static int port() {
        return ExtraInstance.port(instance);
    }
}
