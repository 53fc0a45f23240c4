package dev.comptoir.shared.ratelimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.nullValue;

import dev.comptoir.shared.InvalidConfigurationException;
import dev.comptoir.shared.ratelimit.LoopbackHttp.Response;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestAccounts.Account;
import dev.comptoir.support.TestTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rate limits over real HTTP, on an application of their own (the shared test context runs without
 * limits): products 3 a minute anonymously and 5 signed in, cart 2 a minute. The server trusts
 * 127.0.0.1 and 10.0.0.0/8 as proxies, so each test names a fresh client with X-Forwarded-For from
 * 127.0.0.1; requests from 127.0.0.2 come from an untrusted peer. The routes behind the groups may not
 * exist in this build (404): the limit applies before routing, which is what these tests look at.
 */
@SystemTest
class RateLimitSystemTests {

    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static RateLimitedApp app;

    @Autowired
    DataSource sharedDatabase;

    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void startTheLimitedApp() throws Exception {
        if (app == null) {
            app = RateLimitedApp.start(sharedDatabase, "rl-1",
                    "comptoir.rate-limit.trusted-proxies=127.0.0.1,10.0.0.0/8",
                    "comptoir.rate-limit.groups.products.anonymous.limit=3",
                    "comptoir.rate-limit.groups.products.anonymous.window=1m",
                    "comptoir.rate-limit.groups.products.authenticated.limit=5",
                    "comptoir.rate-limit.groups.products.authenticated.window=1m",
                    "comptoir.rate-limit.groups.cart.anonymous.limit=2",
                    "comptoir.rate-limit.groups.cart.anonymous.window=1m",
                    "comptoir.rate-limit.groups.refresh.anonymous.limit=3",
                    "comptoir.rate-limit.groups.refresh.anonymous.window=1m");
        }
    }

    @AfterAll
    static void stopTheLimitedApp() {
        if (app != null) {
            app.close();
            app = null;
        }
    }

    @Test
    void limitedResponsesCountDownInRateLimitHeaders() throws Exception {
        String client = freshClient();
        for (long expected = 2; expected >= 0; expected--) {
            Response response = get("/api/products", client);
            assertThat(response.status()).isNotEqualTo(429);
            assertThat(response.longHeader("RateLimit-Limit")).isEqualTo(3);
            assertThat(response.longHeader("RateLimit-Remaining")).isEqualTo(expected);
            assertThat(response.longHeader("RateLimit-Reset")).isBetween(1L, 60L);
        }
    }

    @Test
    void theRequestOverTheLimitIsATooManyRequestsProblemWithRetryAfter() throws Exception {
        String client = freshClient();
        for (int i = 0; i < 3; i++) {
            assertThat(get("/api/products", client).status()).isNotEqualTo(429);
        }
        Response refused = get("/api/products", client);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.longHeader("Retry-After")).isBetween(1L, 60L);
        assertThat(refused.longHeader("RateLimit-Limit")).isEqualTo(3);
        assertThat(refused.longHeader("RateLimit-Remaining")).isZero();
        assertThat(refused.longHeader("RateLimit-Reset")).isBetween(1L, 60L);
        JsonNode body = JSON.readTree(refused.body());
        assertThat(body.get("error").asString()).isEqualTo("rate_limit_exceeded");
        assertThat(body.get("status").asInt()).isEqualTo(429);
        assertThat(body.get("message").asString()).isNotBlank();
    }

    @Test
    void eachGroupHasItsOwnBudgetAndCategoriesShareTheProductsOne() throws Exception {
        String client = freshClient();
        get("/api/products", client);
        get("/api/products/some-slug", client);
        assertThat(get("/api/categories", client).longHeader("RateLimit-Remaining")).isZero();
        assertThat(get("/api/categories/tree", client).status()).isEqualTo(429);

        Response cart = get("/api/cart", client);
        assertThat(cart.status()).isNotEqualTo(429);
        assertThat(cart.longHeader("RateLimit-Limit")).isEqualTo(2);
        assertThat(cart.longHeader("RateLimit-Remaining")).isEqualTo(1);
        Response orders = get("/api/orders", client);
        assertThat(orders.longHeader("RateLimit-Limit")).isEqualTo(20);
    }

    @Test
    void refreshingHasABudgetOfItsOwnSoThatABurstOfRefreshesLeavesLoginAlone() throws Exception {
        Account account = accounts.register();
        String client = freshClient();
        String token = account.refreshToken();
        for (long expected = 2; expected >= 0; expected--) {
            Response response = post("/api/auth/refresh", client, Map.of("refreshToken", token));
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.longHeader("RateLimit-Limit")).isEqualTo(3);
            assertThat(response.longHeader("RateLimit-Remaining")).isEqualTo(expected);
            token = JSON.readTree(response.body()).get("refreshToken").asString();
        }
        assertThat(post("/api/auth/refresh", client, Map.of("refreshToken", token)).status()).isEqualTo(429);

        Response login = post("/api/auth/login", client,
                Map.of("email", account.email(), "password", account.password()));
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.longHeader("RateLimit-Limit")).isEqualTo(5);
        assertThat(login.longHeader("RateLimit-Remaining")).isEqualTo(4);
    }

    @Test
    void spendingTheLoginBudgetLeavesRefreshingAlone() throws Exception {
        Account account = accounts.register();
        String client = freshClient();
        Map<String, String> wrongPassword = Map.of("email", account.email(), "password", "wrong-password-1");
        for (int i = 0; i < 5; i++) {
            assertThat(post("/api/auth/login", client, wrongPassword).status()).isEqualTo(401);
        }
        assertThat(post("/api/auth/login", client, wrongPassword).status()).isEqualTo(429);
        assertThat(post("/api/auth/register", client, Map.of()).status()).isEqualTo(429);

        // the encoded path routes to /api/auth/refresh, so it is charged to the refresh budget too
        Response refreshed = post("/api/auth/%72efresh", client, Map.of("refreshToken", account.refreshToken()));
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.longHeader("RateLimit-Limit")).isEqualTo(3);
        assertThat(refreshed.longHeader("RateLimit-Remaining")).isEqualTo(2);
    }

    @Test
    void aLoginCarryingAnyAccountsTokenIsStillChargedToTheClientAddress() throws Exception {
        Account victim = accounts.register();
        Account attacker = accounts.register();
        String client = freshClient();
        Map<String, String> wrongPassword = Map.of("email", victim.email(), "password", "wrong-password-1");
        Map<String, String> signedIn = Map.of("Authorization", "Bearer " + attacker.accessToken());
        for (long expected = 4; expected >= 0; expected--) {
            Response guess = post("/api/auth/login", client, signedIn, wrongPassword);
            assertThat(guess.status()).isEqualTo(401);
            assertThat(guess.longHeader("RateLimit-Limit")).isEqualTo(5);
            assertThat(guess.longHeader("RateLimit-Remaining")).isEqualTo(expected);
        }
        Response refused = post("/api/auth/login", client, signedIn, wrongPassword);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(JSON.readTree(refused.body()).get("error").asString()).isEqualTo("rate_limit_exceeded");
        // nor does another account's token buy a fresh budget
        String other = "Bearer " + app.bean(TestTokens.class).customer(UUID.randomUUID());
        assertThat(post("/api/auth/login", client, Map.of("Authorization", other), wrongPassword).status())
                .isEqualTo(429);
    }

    @Test
    void registeringWhileSignedInCannotChainAccountsPastTheAddressBudget() throws Exception {
        String client = freshClient();
        String token = accounts.register().accessToken();
        for (int i = 0; i < 5; i++) {
            Response registered = post("/api/auth/register", client, Map.of("Authorization", "Bearer " + token),
                    registration());
            assertThat(registered.status()).isEqualTo(202);
            // each new account logged in from elsewhere: its token buys no fresh budget either
            token = accounts.login(JSON.readTree(registered.body()).get("email").asString(), TestAccounts.PASSWORD)
                    .accessToken();
        }
        assertThat(post("/api/auth/register", client, Map.of("Authorization", "Bearer " + token), registration())
                .status()).isEqualTo(429);
    }

    @Test
    void changingThePasswordIsLimitedPerAccountWhereverItComesFrom() throws Exception {
        Account account = accounts.register();
        Map<String, String> signedIn = Map.of("Authorization", "Bearer " + account.accessToken());
        Map<String, String> wrongCurrent = Map.of("currentPassword", "not-the-password", "newPassword",
                "another-long-password");
        for (long expected = 4; expected >= 0; expected--) {
            Response attempt = post("/api/users/me/password", freshClient(), signedIn, wrongCurrent);
            assertThat(attempt.status()).isEqualTo(400);
            assertThat(attempt.longHeader("RateLimit-Limit")).isEqualTo(5);
            assertThat(attempt.longHeader("RateLimit-Remaining")).isEqualTo(expected);
        }
        assertThat(post("/api/users/me/password", freshClient(), signedIn, wrongCurrent).status()).isEqualTo(429);
    }

    @Test
    void pathsOutsideEveryGroupAreNotLimited() throws Exception {
        String client = freshClient();
        for (int i = 0; i < 6; i++) {
            for (String path : List.of("/health", "/api/nothing-here", "/api/productsandmore")) {
                Response response = get(path, client);
                assertThat(response.status()).as(path).isNotEqualTo(429);
                assertThat(response.header("RateLimit-Limit")).as(path).isNull();
            }
        }
    }

    @Test
    void anEncodedPathCountsAgainstTheGroupItRoutesTo() throws Exception {
        String client = freshClient();
        Response response = get("/api/%70roducts", client);
        assertThat(response.longHeader("RateLimit-Limit")).isEqualTo(3);
        assertThat(response.longHeader("RateLimit-Remaining")).isEqualTo(2);
        assertThat(get("/api/products", client).longHeader("RateLimit-Remaining")).isEqualTo(1);
    }

    @Test
    void aSignedInUserHasABudgetOfItsOwnApartFromItsAddress() throws Exception {
        String client = freshClient();
        for (int i = 0; i < 3; i++) {
            get("/api/products", client);
        }
        assertThat(get("/api/products", client).status()).isEqualTo(429);

        TestTokens tokens = app.bean(TestTokens.class);
        String alice = "Bearer " + tokens.customer(UUID.randomUUID());
        List<Long> remaining = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Response response = get("/api/products", client, Map.of("Authorization", alice));
            assertThat(response.status()).isNotEqualTo(429);
            assertThat(response.longHeader("RateLimit-Limit")).isEqualTo(5);
            remaining.add(response.longHeader("RateLimit-Remaining"));
        }
        assertThat(remaining).containsExactly(4L, 3L, 2L, 1L, 0L);
        assertThat(get("/api/products", client, Map.of("Authorization", alice)).status()).isEqualTo(429);

        // the same user from another address is the same budget; another user at the same address is not
        assertThat(get("/api/products", freshClient(), Map.of("Authorization", alice)).status()).isEqualTo(429);
        String bob = "Bearer " + tokens.customer(UUID.randomUUID());
        assertThat(get("/api/products", client, Map.of("Authorization", bob)).longHeader("RateLimit-Remaining"))
                .isEqualTo(4);
        assertThat(get("/api/products", client).status()).isEqualTo(429);
    }

    @Test
    void forwardedForFromAnUntrustedPeerIsIgnored() throws Exception {
        for (int i = 0; i < 3; i++) {
            Response response = LoopbackHttp.get("127.0.0.2", app.port(), "/api/products",
                    Map.of("X-Forwarded-For", freshClient()));
            assertThat(response.longHeader("RateLimit-Remaining")).isEqualTo(2 - i);
        }
        Response refused = LoopbackHttp.get("127.0.0.2", app.port(), "/api/products",
                Map.of("X-Forwarded-For", freshClient()));
        assertThat(refused.status()).isEqualTo(429);
    }

    @Test
    void forwardedForFromATrustedPeerNamesTheRightMostUntrustedAddress() throws Exception {
        String client = freshClient();
        for (int i = 0; i < 3; i++) {
            // what the client wrote itself (the left part) changes; what the proxies appended does not
            String chain = "203.0.113." + i + ", " + client + ", 10.20.30.40";
            assertThat(getVia(chain).longHeader("RateLimit-Remaining")).isEqualTo(2 - i);
        }
        assertThat(getVia("198.51.100.77, " + client + ", 10.1.1.1").status()).isEqualTo(429);
        assertThat(getVia(client).status()).isEqualTo(429);
        assertThat(getVia(client + ", " + freshClient()).longHeader("RateLimit-Remaining")).isEqualTo(2);
    }

    @Test
    void anInvalidRedisUrlStopsTheStartWithOneLineNamingIt() {
        assertThatThrownBy(() -> RateLimitedApp.start(sharedDatabase, "rl-bad-redis",
                        "comptoir.redis.url=localhost:6379"))
                .rootCause()
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("Invalid configuration: REDIS_URL is not a Redis URL like redis://host:6379");
    }

    @Test
    void theSharedTestContextRunsWithoutLimits() {
        for (int i = 0; i < 4; i++) {
            given().get("/api/products").then().header("RateLimit-Limit", nullValue());
        }
    }

    private static Response get(String path, String client) throws Exception {
        return get(path, client, Map.of());
    }

    private static Response get(String path, String client, Map<String, String> headers) throws Exception {
        Map<String, String> all = new java.util.HashMap<>(headers);
        all.put("X-Forwarded-For", client);
        return LoopbackHttp.get("127.0.0.1", app.port(), path, all);
    }

    private static Response post(String path, String client, Map<String, String> body) throws Exception {
        return post(path, client, Map.of(), body);
    }

    private static Response post(String path, String client, Map<String, String> headers, Map<String, String> body)
            throws Exception {
        Map<String, String> all = new java.util.HashMap<>(headers);
        all.put("X-Forwarded-For", client);
        return LoopbackHttp.post("127.0.0.1", app.port(), path, all, JSON.writeValueAsString(body));
    }

    private static Map<String, String> registration() {
        return Map.of("email", TestAccounts.uniqueEmail(), "password", TestAccounts.PASSWORD, "firstName", "Chain",
                "lastName", "Registrant");
    }

    private static Response getVia(String forwardedFor) throws Exception {
        return LoopbackHttp.get("127.0.0.1", app.port(), "/api/products", Map.of("X-Forwarded-For", forwardedFor));
    }

    /** A client address no other test uses (198.18.0.0/15 is reserved for benchmarks). */
    private static String freshClient() {
        int n = CLIENTS.incrementAndGet();
        return "198.18." + (n / 250) + "." + (n % 250 + 1);
    }
}
