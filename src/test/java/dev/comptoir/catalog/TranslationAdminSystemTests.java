package dev.comptoir.catalog;

import static dev.comptoir.catalog.CatalogApi.product;
import static dev.comptoir.catalog.CatalogApi.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.comptoir.support.Contract;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The admin side of translations: products' and categories' texts per language, over HTTP. */
@SystemTest
class TranslationAdminSystemTests {

    @Autowired
    TestTokens tokens;

    @Autowired
    JdbcTemplate jdbc;

    CatalogApi api;

    @BeforeEach
    void setUp() {
        api = new CatalogApi(tokens.admin());
    }

    private ValidatableResponse put(String product, String locale, Map<String, ?> body) {
        return api.admin().body(body).put("/api/admin/products/{id}/translations/{locale}", product, locale).then();
    }

    private ValidatableResponse putCategory(String category, String locale, Map<String, ?> body) {
        return api.admin().body(body).put("/api/admin/categories/{id}/translations/{locale}", category, locale).then();
    }

    @Test
    void aTranslationIsCreatedReplacedReadListedAndRemoved() {
        String id = api.create(product("Chaise en chêne", "89.00", 4));
        String path = "/api/admin/products/" + id + "/translations/en";
        put(id, "EN", Map.of("name", "  Oak chair ", "slug", unique("oak-chair"), "description", "Solid oak.",
                "shortDescription", "Oak", "seoTitle", "Oak chair", "seoDescription", "An oak chair"))
                .statusCode(201).header("Location", path)
                .body("locale", equalTo("en")).body("name", equalTo("Oak chair"))
                .body("seoDescription", equalTo("An oak chair")).body("createdAt", notNullValue());

        // a PUT replaces the language's texts: what it leaves out (or blank) falls back again
        put(id, "en", Map.of("name", "Oak chair", "description", "   ")).statusCode(200)
                .body("name", equalTo("Oak chair")).body("description", nullValue()).body("slug", nullValue())
                .body("seoTitle", nullValue());
        api.admin().get(path).then().statusCode(200).body("name", equalTo("Oak chair"))
                .body("shortDescription", nullValue());
        put(id, "fr", Map.of("seoTitle", "Chaise en chêne massif")).statusCode(201);

        // the admin answers give the product's own texts and list its translations by language
        api.admin().get("/api/admin/products/" + id).then().statusCode(200)
                .body("name", equalTo("Chaise en chêne"))
                .body("locale", nullValue())
                .body("translations.locale", contains("en", "fr"))
                .body("translations[0].name", equalTo("Oak chair"))
                .body("translations[1].seoTitle", equalTo("Chaise en chêne massif"));
        api.admin().body(Map.of("price", 95)).patch("/api/products/" + id).then().statusCode(200)
                .body("translations.locale", contains("en", "fr"));

        api.admin().delete(path).then().statusCode(204);
        api.admin().get(path).then().statusCode(404).body("error", equalTo("translation_not_found"));
        api.admin().delete(path).then().statusCode(404).body("error", equalTo("translation_not_found"));
        api.admin().get("/api/admin/products/" + id).then().body("translations.locale", contains("fr"));
    }

    @Test
    void badTranslationsAreRefusedNamingTheField() {
        String id = api.create(product("Table basse", "120.00", 2));
        // a language no market sells in (other tests create markets in de, ja...)
        put(id, "zu", Map.of("name", "Itafula")).statusCode(400).body("error", equalTo("unsupported_locale"))
                .body("supported", hasItem("fr"));
        put(id, "fr-CA", Map.of("name", "Table")).statusCode(400).body("error", equalTo("unsupported_locale"));
        Map<String, String> cases = Map.of(
                "{\"name\":\"T\"}", "name",
                "{\"name\":\"" + "x".repeat(201) + "\"}", "name",
                "{\"slug\":\"Pas Un Slug\"}", "slug",
                "{\"slug\":\"123e4567-e89b-12d3-a456-426614174000\"}", "slug",
                "{\"shortDescription\":\"" + "x".repeat(501) + "\"}", "shortDescription",
                "{\"seoTitle\":\"" + "x".repeat(201) + "\"}", "seoTitle",
                "{}", "name",
                "{\"name\":\"  \",\"description\":\"\"}", "name");
        cases.forEach((body, field) -> Contract.invalidRequest().auth().oauth2(tokens.admin())
                .contentType(ContentType.JSON).body(body)
                .put("/api/admin/products/{id}/translations/fr", id).then().statusCode(400)
                .body("error", equalTo("invalid_data")).body("errors.field", hasItem(field)));
        api.admin().get("/api/admin/products/" + id).then().body("translations.size()", equalTo(0));
    }

    @Test
    void onlyCatalogWritersTranslateAndOnlyLiveProductsAreTranslated() {
        String id = api.create(product("Lampe", "30.00", 2));
        Contract.request().contentType(ContentType.JSON).body(Map.of("name", "Lamp"))
                .put("/api/admin/products/{id}/translations/en", id).then().statusCode(401);
        Contract.request().auth().oauth2(tokens.customer(UUID.randomUUID())).contentType(ContentType.JSON)
                .body(Map.of("name", "Lamp")).put("/api/admin/products/{id}/translations/en", id).then()
                .statusCode(403).body("error", equalTo("forbidden"));
        Contract.request().auth().oauth2(tokens.staff("catalog:write")).contentType(ContentType.JSON)
                .body(Map.of("name", "Lamp")).put("/api/admin/products/{id}/translations/en", id).then()
                .statusCode(201);
        put(UUID.randomUUID().toString(), "en", Map.of("name", "Lamp")).statusCode(404)
                .body("error", equalTo("product_not_found"));
        api.admin().delete("/api/products/" + id).then().statusCode(204);
        put(id, "en", Map.of("name", "Lamp")).statusCode(404).body("error", equalTo("product_not_found"));
    }

    @Test
    void aSlugIsUniqueWithinItsLanguageAndNoOtherProductsOwnSlug() {
        String first = api.create(product("Vase bleu", "25.00", 2));
        String second = api.create(product("Vase rouge", "25.00", 2));
        String slug = unique("vase");
        put(first, "en", Map.of("slug", slug)).statusCode(201);
        put(first, "en", Map.of("slug", slug, "name", "Blue vase")).statusCode(200); // its own slug again
        put(second, "en", Map.of("slug", slug)).statusCode(409).body("error", equalTo("duplicate_slug"));
        put(second, "fr", Map.of("slug", slug)).statusCode(201); // another language
        String firstsOwn = api.admin().get("/api/admin/products/" + first).then().extract().path("slug");
        put(second, "en", Map.of("slug", firstsOwn)).statusCode(409).body("error", equalTo("duplicate_slug"));
        String secondsOwn = api.admin().get("/api/admin/products/" + second).then().extract().path("slug");
        put(second, "en", Map.of("slug", secondsOwn)).statusCode(201); // a product's own slug is its own
    }

    @Test
    void concurrentWritesOfOneLanguageMakeOneTranslationAndOfOneSlugOneOwner() throws Exception {
        String id = api.create(product("Tabouret", "45.00", 3));
        List<Integer> statuses = race(10, i -> put(id, "en", Map.of("name", "Stool " + i)).extract().statusCode());
        assertThat(statuses).containsOnly(200, 201);
        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM product_translations WHERE product_id = ?::uuid",
                Integer.class, id)).isEqualTo(1);

        List<String> products = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            products.add(api.create(product("Tabouret " + i, "45.00", 3)));
        }
        String slug = unique("stool");
        List<Integer> claims = race(products.size(),
                i -> put(products.get(i), "en", Map.of("slug", slug)).extract().statusCode());
        assertThat(claims.stream().filter(s -> s == 201)).hasSize(1);
        assertThat(claims.stream().filter(s -> s == 409)).hasSize(products.size() - 1);
    }

    @Test
    void aCategoryIsTranslatedReadAndListedForAdmins() {
        String id = api.category(unique("Cuisine"), null);
        String slug = unique("kitchen");
        putCategory(id, "en", Map.of("name", "Kitchen", "slug", slug, "description", "Cook at home"))
                .statusCode(201).header("Location", "/api/admin/categories/" + id + "/translations/en")
                .body("name", equalTo("Kitchen")).body("slug", equalTo(slug));
        putCategory(id, "en", Map.of("name", "Kitchen")).statusCode(200).body("slug", nullValue());
        api.admin().get("/api/admin/categories/{id}/translations/en", id).then().statusCode(200)
                .body("description", nullValue());
        api.admin().get("/api/admin/categories/{id}", id).then().statusCode(200)
                .body("translations.locale", contains("en")).body("translations[0].name", equalTo("Kitchen"))
                .body("locale", nullValue());
        // the admin's writes answer the category's own texts with its translations
        Map<String, Object> rename = new HashMap<>();
        rename.put("name", "Cuisine et table");
        api.admin().body(rename).put("/api/categories/" + id).then().statusCode(200)
                .body("name", equalTo("Cuisine et table")).body("translations[0].name", equalTo("Kitchen"));

        // the admin tree gives the own texts whatever the reader's language: what a move or a rename sends back
        api.admin().header("Accept-Language", "en").get("/api/admin/categories").then().statusCode(200)
                .body("data.find { it.id == '" + id + "' }.name", equalTo("Cuisine et table"));
        Contract.request().auth().oauth2(tokens.customer(UUID.randomUUID())).get("/api/admin/categories").then()
                .statusCode(403);

        String other = api.category(unique("Salon"), null);
        putCategory(other, "en", Map.of("slug", slug)).statusCode(201);
        putCategory(id, "en", Map.of("slug", slug)).statusCode(409).body("error", equalTo("duplicate_slug"));
        putCategory(id, "zu", Map.of("name", "Ikhishi")).statusCode(400).body("error", equalTo("unsupported_locale"));
        Contract.invalidRequest().auth().oauth2(tokens.admin()).contentType(ContentType.JSON)
                .body("{\"name\":\"" + "x".repeat(121) + "\"}")
                .put("/api/admin/categories/{id}/translations/fr", id).then().statusCode(400)
                .body("errors.field", hasItem("name"));
        putCategory(UUID.randomUUID().toString(), "en", Map.of("name", "Kitchen")).statusCode(404)
                .body("error", equalTo("category_not_found"));

        api.admin().delete("/api/admin/categories/{id}/translations/en", id).then().statusCode(204);
        api.admin().get("/api/admin/categories/{id}/translations/en", id).then().statusCode(404)
                .body("error", equalTo("translation_not_found"));
    }

    private interface Call {
        int run(int i);
    }

    /** Runs {@code n} calls at once, each on its own thread released by one latch; their statuses. */
    private static List<Integer> race(int n, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.run(index);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : futures) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
