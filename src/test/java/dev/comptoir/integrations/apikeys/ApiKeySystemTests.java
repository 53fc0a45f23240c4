package dev.comptoir.integrations.apikeys;

import static dev.comptoir.integrations.apikeys.ApiKeyFixtures.with;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.comptoir.integrations.apikeys.ApiKeyFixtures.Key;
import dev.comptoir.support.Contract;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestCatalog;
import dev.comptoir.support.TestCatalog.Sku;
import dev.comptoir.support.TestMarkets;
import dev.comptoir.support.TestTokens;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * API keys over real HTTP (ADR 0013): admins make, list, revoke and rotate them; a secret key acts for
 * staff with exactly its permissions, never from a browser and never as a customer; a publishable key
 * grants nothing but chooses the market. Rate limits: {@link ApiKeyRateLimitSystemTests}.
 */
@SystemTest
class ApiKeySystemTests {

    @Autowired
    TestTokens tokens;

    @Autowired
    TestCatalog catalog;

    @Autowired
    JdbcTemplate jdbc;

    ApiKeyFixtures keys;

    @BeforeEach
    void asAnAdmin() {
        keys = new ApiKeyFixtures(tokens.admin());
    }

    @Test
    void aSecretKeyIsShownOnceListedByItsPrefixAndStoredAsAHash() {
        JsonPath created = keys.admin().body(Map.of("kind", "secret", "name", "warehouse",
                        "permissions", List.of("inventory:manage", "catalog:write")))
                .post("/api/admin/api-keys").then().statusCode(201)
                .header("Location", startsWith("/api/admin/api-keys/"))
                .body("token", matchesPattern("ck_live_[A-Za-z0-9]{32}"))
                .body("status", equalTo("active"))
                .body("permissions", equalTo(List.of("catalog:write", "inventory:manage")))
                .body("createdBy", startsWith("admin:"))
                .extract().jsonPath();
        String id = created.getString("id");
        String token = created.getString("token");
        assertThat(created.getString("prefix")).isEqualTo(token.substring(0, 12));

        keys.admin().get("/api/admin/api-keys").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.prefix", equalTo(token.substring(0, 12)))
                .body("find { it.id == '" + id + "' }.token", nullValue());
        assertThat(jdbc.queryForList("SELECT token_hash FROM api_keys WHERE id = ?::uuid AND token IS NULL",
                String.class, id)).containsExactly(dev.comptoir.shared.Hashes.sha256Hex(token));
    }

    @Test
    void aScopedSecretKeyIsAcceptedInsideItsScopeAndRefusedOutside() {
        Key key = keys.secret("catalog:write");
        with(key).get("/api/admin/categories").then().statusCode(200);
        with(key).get("/api/admin/orders").then().statusCode(403).contentType("application/problem+json")
                .body("error", equalTo("forbidden"));
        with(key).get("/api/admin/inventory").then().statusCode(403).body("error", equalTo("forbidden"));
    }

    @Test
    void whatASecretKeyDoesIsRecordedAsTheKeys() {
        Key key = keys.secret("inventory:manage");
        Sku sku = catalog.product("10.00", 5);
        with(key).body(Map.of("sku", sku.sku(), "delta", 3, "reason", "restock"))
                .post("/api/admin/inventory/adjustments").then().statusCode(201)
                .body("actor", equalTo("api-key:" + key.id()));
    }

    @Test
    void aSecretKeyNeverManagesKeysNorActsAsACustomer() {
        Key key = keys.secret("users:manage", "customers:read", "orders:manage");
        // the document lists only bearer tokens on key management: this request is outside it on purpose
        with(key).filter(Contract.INVALID_REQUEST).get("/api/admin/api-keys").then().statusCode(403)
                .body("error", equalTo("forbidden"));
        with(key).get("/api/users/me").then().statusCode(401).body("error", equalTo("unauthorized"));
        with(key).get("/api/orders").then().statusCode(401);
    }

    @Test
    void aSecretKeySentFromABrowserIsRefused() {
        Key key = keys.secret("catalog:write");
        with(key).header("Origin", "https://shop.example.com").get("/api/admin/categories").then().statusCode(401)
                .contentType("application/problem+json").body("error", equalTo("api_key_in_browser"));
        // on a public route too: the secret is out as soon as a page sends it
        with(key).header("Origin", "https://shop.example.com").get("/api/categories").then().statusCode(401)
                .body("error", equalTo("api_key_in_browser"));
    }

    @Test
    void anUnknownOrMalformedKeyIsRefusedEverywhere() {
        for (String token : List.of("ck_live_" + "x".repeat(32), "pk_live_" + "y".repeat(24), "not a key")) {
            given().header("X-API-Key", token).get("/api/admin/categories").then().statusCode(401)
                    .contentType("application/problem+json").body("error", equalTo("invalid_api_key"));
            given().header("X-API-Key", token).get("/api/products").then().statusCode(401)
                    .body("error", equalTo("invalid_api_key"));
        }
    }

    @Test
    void aRevokedKeyStopsWorkingAtOnce() {
        Key secret = keys.secret("catalog:write");
        Key publishable = keys.publishable(Map.of());
        with(secret).get("/api/admin/categories").then().statusCode(200);
        with(publishable).get("/api/categories").then().statusCode(200);
        keys.admin().delete("/api/admin/api-keys/{id}", secret.id()).then().statusCode(204);
        keys.admin().delete("/api/admin/api-keys/{id}", publishable.id()).then().statusCode(204);
        keys.admin().delete("/api/admin/api-keys/{id}", secret.id()).then().statusCode(204);
        with(secret).get("/api/admin/categories").then().statusCode(401).body("error", equalTo("invalid_api_key"));
        with(publishable).get("/api/categories").then().statusCode(401).body("error", equalTo("invalid_api_key"));
        keys.admin().get("/api/admin/api-keys").then()
                .body("find { it.id == '" + secret.id() + "' }.status", equalTo("revoked"))
                .body("find { it.id == '" + secret.id() + "' }.revokedAt", notNullValue());
        keys.admin().delete("/api/admin/api-keys/{id}", java.util.UUID.randomUUID()).then().statusCode(404)
                .body("error", equalTo("api_key_not_found"));
    }

    @Test
    void anExpiredKeyIsRefused() {
        Key key = keys.create(Map.of("kind", "secret", "name", "temp", "permissions", List.of("catalog:write"),
                "expiresAt", Instant.now().plus(Duration.ofDays(1)).toString()));
        with(key).get("/api/admin/categories").then().statusCode(200);
        jdbc.update("UPDATE api_keys SET expires_at = now() - interval '1 second' WHERE id = ?", key.id());
        with(key).get("/api/admin/categories").then().statusCode(401).body("error", equalTo("invalid_api_key"));
        keys.admin().get("/api/admin/api-keys").then().body("find { it.id == '" + key.id() + "' }.status",
                equalTo("expired"));
    }

    @Test
    void aRotatedKeyWorksBesideItsSuccessorDuringTheOverlapThenStops() {
        Key old = keys.secret("catalog:write");
        JsonPath rotated = keys.admin().body(Map.of()).post("/api/admin/api-keys/{id}/rotate", old.id()).then()
                .statusCode(201).body("permissions", equalTo(List.of("catalog:write")))
                .body("token", matchesPattern("ck_live_[A-Za-z0-9]{32}")).extract().jsonPath();
        Key successor = new Key(java.util.UUID.fromString(rotated.getString("id")), rotated.getString("token"));
        assertThat(successor.token()).isNotEqualTo(old.token());

        with(old).get("/api/admin/categories").then().statusCode(200);
        with(successor).get("/api/admin/categories").then().statusCode(200);
        Instant until = keys.admin().get("/api/admin/api-keys").then()
                .body("find { it.id == '" + old.id() + "' }.rotatedTo", equalTo(successor.id().toString()))
                .extract().jsonPath().<String>getList("findAll { it.id == '" + old.id() + "' }.expiresAt").stream()
                .map(Instant::parse).findFirst().orElseThrow();
        assertThat(Duration.between(Instant.now(), until)).isBetween(Duration.ofHours(23), Duration.ofHours(24));
        keys.admin().body(Map.of()).post("/api/admin/api-keys/{id}/rotate", old.id()).then().statusCode(409)
                .body("error", equalTo("api_key_already_rotated"));

        // the overlap ends (its end moved to now: the tests have no clock to move)
        jdbc.update("UPDATE api_keys SET expires_at = now() WHERE id = ?", old.id());
        with(old).get("/api/admin/categories").then().statusCode(401).body("error", equalTo("invalid_api_key"));
        with(successor).get("/api/admin/categories").then().statusCode(200);
        keys.admin().body(Map.of()).post("/api/admin/api-keys/{id}/rotate", old.id()).then().statusCode(409)
                .body("error", equalTo("api_key_expired"));
    }

    @Test
    void aRotationWithoutOverlapStopsTheOldKeyAtOnce() {
        Key old = keys.secret("catalog:write");
        keys.admin().body(Map.of("overlap", "PT0S")).post("/api/admin/api-keys/{id}/rotate", old.id()).then()
                .statusCode(201);
        with(old).get("/api/admin/categories").then().statusCode(401).body("error", equalTo("invalid_api_key"));
        keys.admin().body(Map.of("overlap", "P30D")).post("/api/admin/api-keys/{id}/rotate", keys.secret("catalog:write").id())
                .then().statusCode(400).body("error", equalTo("invalid_overlap"));
    }

    @Test
    void lastUseIsRecorded() {
        Key key = keys.secret("catalog:write");
        keys.admin().get("/api/admin/api-keys").then().body("find { it.id == '" + key.id() + "' }.lastUsedAt",
                nullValue());
        with(key).get("/api/admin/categories").then().statusCode(200);
        keys.admin().get("/api/admin/api-keys").then().body("find { it.id == '" + key.id() + "' }.lastUsedAt",
                notNullValue());
    }

    @Test
    void aPublishableKeyGrantsNothingBeyondThePublicRoutes() {
        Key key = keys.publishable(Map.of());
        assertThat(key.token()).matches("pk_live_[A-Za-z0-9]{24}");
        with(key).get("/api/products").then().statusCode(200);
        with(key).get("/api/admin/categories").then().statusCode(401).body("error", equalTo("unauthorized"));
        with(key).get("/api/users/me").then().statusCode(401);
        // it is meant for browsers: an Origin is fine
        with(key).header("Origin", "https://shop.example.com").get("/api/categories").then().statusCode(200);
        // and it stays readable in the list, as it is no secret
        keys.admin().get("/api/admin/api-keys").then()
                .body("find { it.id == '" + key.id() + "' }.token", equalTo(key.token()));
    }

    @Test
    void badSettingsAreRefused() {
        keys.admin().body(Map.of("kind", "secret", "name", "x", "permissions", List.of("catalog:destroy")))
                .post("/api/admin/api-keys").then().statusCode(400).body("error", equalTo("unknown_permission"));
        keys.admin().body(Map.of("kind", "secret", "name", "x", "permissions", List.of()))
                .post("/api/admin/api-keys").then().statusCode(400).body("error", equalTo("invalid_api_key_settings"));
        keys.admin().body(Map.of("kind", "publishable", "name", "x", "permissions", List.of("catalog:write")))
                .post("/api/admin/api-keys").then().statusCode(400).body("error", equalTo("invalid_api_key_settings"));
        keys.admin().body(Map.of("kind", "publishable", "name", "x", "market", "atlantis"))
                .post("/api/admin/api-keys").then().statusCode(400).body("error", equalTo("unknown_market"));
        keys.admin().body(Map.of("kind", "secret", "name", "x", "permissions", List.of("catalog:write"),
                "expiresAt", "2020-01-01T00:00:00Z")).post("/api/admin/api-keys").then().statusCode(400)
                .body("error", equalTo("invalid_expiry"));
        Contract.invalidRequest().auth().oauth2(tokens.admin()).contentType("application/json")
                .body(Map.of("kind", "master", "name", "x")).post("/api/admin/api-keys").then().statusCode(400)
                .body("error", equalTo("invalid_data"));
        given().auth().oauth2(tokens.staff("users:manage", "catalog:write")).get("/api/admin/api-keys").then()
                .statusCode(403);
    }

    /** Markets: a country is in one market at most, so this class's market is made and removed around each test. */
    String swiss;

    @BeforeEach
    void aSwissMarket() {
        swiss = new TestMarkets(tokens.admin()).market("ch", List.of("CH"), "CHF", true, "9.00", List.of("fr", "de"));
    }

    @AfterEach
    void removeTheMarket() {
        keys.admin().get("/api/admin/api-keys"); // nothing to undo for keys: they do not hold markets
        new TestMarkets(tokens.admin()).delete(swiss);
    }

    @Test
    void aPublishableKeyChoosesTheMarketOfRequestsThatNameNone() {
        Key key = keys.publishable(Map.of("market", swiss));
        with(key).get("/api/markets/current").then().statusCode(200).body("code", equalTo(swiss));
        with(key).queryParam("market", "default").get("/api/markets/current").then().body("code", equalTo("default"));
        with(key).header("X-Market", "default").get("/api/markets/current").then().body("code", equalTo("default"));
        given().get("/api/markets/current").then().body("code", equalTo("default"));
    }

    @Test
    void aCachedCatalogAnswerInTheKeysMarketIsNeverServedToOtherCallers() {
        Key key = keys.publishable(Map.of("market", swiss));
        Sku sku = new TestMarkets(tokens.admin()).product("10.00", Map.of("CHF", "12.00"), 5);
        String path = "/api/products/" + sku.productId();
        with(key).get(path).then().statusCode(200).header("X-Cache", "MISS").body("currency", equalTo("CHF"))
                .header("Vary", org.hamcrest.Matchers.containsString("X-API-Key"));
        with(key).get(path).then().statusCode(200).header("X-Cache", "HIT").body("currency", equalTo("CHF"));
        given().get(path).then().statusCode(200).header("X-Cache", "MISS").body("currency", equalTo("EUR"));
        given().get(path).then().statusCode(200).header("X-Cache", "HIT").body("currency", equalTo("EUR"));
        // a secret key is never served from the cache (it may be refused: here from a browser)
        Key secret = keys.secret("catalog:write");
        with(secret).get(path).then().statusCode(200).header("X-Cache", not(equalTo("HIT")));
        keys.admin().get("/api/admin/api-keys").then().body("id", hasItem(key.id().toString()));
    }
}
