package dev.comptoir.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.comptoir.support.Contract;
import dev.comptoir.support.ExtraInstance;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances on one Redis: a session ended on one is refused on the other at once, even though the
 * other had verified (and remembered) its access token. Keys live under a prefix of this run, deleted at
 * the end; see {@code TestRedis} for where the Redis comes from.
 */
@SystemTest
class RedisSessionRevocationSystemTests {

    private static final String PREFIX = "comptoir:revoked-session:test-" + UUID.randomUUID() + ":";
    private static dev.comptoir.support.TestRedis redis;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @Autowired
    DataSource sharedDatabase;

    @BeforeAll
    static void startRedis() throws Exception {
        redis = dev.comptoir.support.TestRedis.startOrSkip();
    }

    @BeforeEach
    void startTwoInstances() {
        if (first == null) {
            Map<String, Object> settings = Map.of("comptoir.redis.url", redis.url(),
                    "comptoir.jwt.revoked-session-key-prefix", PREFIX,
                    "spring.modulith.events.republish-outstanding-events-on-restart", false,
                    "comptoir.db.pool-max", 3);
            first = ExtraInstance.start(sharedDatabase, settings);
            second = ExtraInstance.start(sharedDatabase, settings);
        }
    }

    @AfterAll
    static void stopEverything() throws Exception {
        try {
            if (redis != null && redis.running()) {
                redis.deleteKeys(PREFIX);
            }
        } finally {
            for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] {first, second}) {
                if (instance != null) {
                    instance.close();
                }
            }
            if (redis != null) {
                redis.close();
            }
            first = second = null;
        }
    }

    @Test
    void aLogoutOnOneInstanceIsRefusedOnTheOther() {
        String email = TestAccounts.uniqueEmail();
        Contract.request().port(ExtraInstance.port(first)).contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", TestAccounts.PASSWORD, "firstName", "Ada",
                        "lastName", "Lovelace"))
                .post("/api/auth/register").then().statusCode(202);
        JsonPath registered = Contract.request().port(ExtraInstance.port(first)).contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", TestAccounts.PASSWORD))
                .post("/api/auth/login").then().statusCode(200).extract().jsonPath();
        String access = registered.getString("accessToken");
        me(second, access).then().statusCode(200); // the second instance verified it and remembers it

        Contract.request().port(ExtraInstance.port(first)).contentType(ContentType.JSON)
                .body(Map.of("refreshToken", registered.getString("refreshToken")))
                .post("/api/auth/logout").then().statusCode(204);

        me(second, access).then().statusCode(401).body("error", equalTo("invalid_token"));
        me(first, access).then().statusCode(401).body("error", equalTo("invalid_token"));
        // one key for the session, gone once a token issued just before the logout would have expired
        Map<String, Long> keys = redis.keys(PREFIX);
        assertThat(keys).hasSize(1);
        assertThat(keys.keySet().iterator().next()).isEqualTo(PREFIX + claim(access, "sid"));
        assertThat(keys.values().iterator().next()).isBetween(1L, (15 * 60 + 60) * 1000L);
    }

    private static io.restassured.response.Response me(ConfigurableApplicationContext instance, String token) {
        return Contract.request().port(ExtraInstance.port(instance)).auth().oauth2(token).get("/api/users/me");
    }

    private static String claim(String jwt, String name) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8);
        return JsonPath.from(payload).getString(name);
    }
}
