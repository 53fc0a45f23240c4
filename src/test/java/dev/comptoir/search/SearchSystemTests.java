package dev.comptoir.search;

import static dev.comptoir.search.SearchApi.product;
import static dev.comptoir.search.SearchApi.search;
import static dev.comptoir.search.SearchApi.word;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import dev.comptoir.catalog.CatalogService;
import dev.comptoir.support.Contract;
import dev.comptoir.support.SqlStatements;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestTokens;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Full-text search, filters, facets and suggestions over {@code GET /api/products}, on the real index. */
@SystemTest
class SearchSystemTests {

    @Autowired
    TestTokens tokens;

    @Autowired
    CatalogService catalog;

    SearchApi api;

    @BeforeEach
    void setUp() {
        api = new SearchApi(tokens.admin());
    }

    private static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void aNameMatchOutranksADescriptionMatch() {
        String w = word();
        String inName = api.create("Lampe " + w, "20.00", 5);
        var described = product("Lampe de bureau", "20.00", 5);
        described.put("description", "Une lampe qui rappelle la " + w + " de grand-mère.");
        String inDescription = api.create(described); // newer: it would come first on a tie
        search(q(w)).body("data.id", contains(inName, inDescription));
        search(q(w) + "&sort=relevance").body("data.id", contains(inName, inDescription));
    }

    @Test
    void accentsAndCaseAreFolded() {
        String w = word();
        String appliance = api.create("Électroménager " + w, "99.00", 5);
        String coffee = api.create("Tasse à café " + w, "9.00", 5);
        search(q("electromenager " + w)).body("data.id", contains(appliance));
        search(q("CAFÉ " + w)).body("data.id", contains(coffee));
        search(q("cafe " + w.toUpperCase())).body("data.id", contains(coffee));
    }

    @Test
    void frenchAndEnglishWordsFindTheirSingularForms() {
        String w = word();
        String shoe = api.create("Chaussure de marche " + w, "59.00", 5);
        String runner = api.create("Running Shoe " + w, "79.00", 5);
        search(q("chaussures " + w)).body("data.id", contains(shoe));
        search(q("running shoes " + w)).body("data.id", contains(runner));
    }

    @Test
    void oneWrongLetterStillFindsTheProduct() {
        String w = word();
        String id = api.create("Coussin " + w, "19.00", 5);
        String typo = w.substring(0, 3) + (w.charAt(3) == 'a' ? 'o' : 'a') + w.substring(4);
        search(q(typo)).body("data.id", contains(id));
        search(q("coussinn " + w)).body("data.id", contains(id));
        search(q(word())).body("data", empty());
    }

    @Test
    void skusOfProductsAndVariantsAreSearchable() {
        String w = word();
        var body = product("Sac " + w, "39.00", 0);
        body.put("sku", "BAG-" + w.toUpperCase() + "-01");
        String variantSku = "BAGV-" + w.toUpperCase();
        body.put("variants", List.of(Map.of("sku", variantSku, "name", "Rouge", "options", Map.of("color", "red"),
                "stock", 3)));
        String id = api.create(body);
        search(q("bag-" + w + "-01")).body("data.id", contains(id));
        search(q(variantSku.toLowerCase())).body("data.id", contains(id));
    }

    @Test
    void aParentCategoryNameFindsProductsBelowIt() {
        String w = word();
        String root = api.category("Rayon " + w, null);
        String leaf = api.category("Étagère", api.category("Meuble", root));
        var body = product("Tabouret", "45.00", 5);
        body.put("categoryId", leaf);
        String id = api.create(body);
        search(q(w)).body("data.id", contains(id));
        search(q("tabouret " + w)).body("data.id", contains(id));
    }

    @Test
    void everyFilterAndSortCombinesWithTheText() {
        String w = word();
        String cat = api.category("Filtres " + w, null);
        String catSlug = given().get("/api/categories/" + cat).path("slug");
        var a = product("Alpha " + w, "10.00", 0);
        String pa = api.create(a);
        var b = product("Bravo " + w, "20.00", 50);
        b.put("isFeatured", true);
        b.put("compareAtPrice", new BigDecimal("25.00"));
        b.put("categoryId", cat);
        String pb = api.create(b);
        var c = product("Charlie " + w, "30.00", 5);
        c.put("categoryId", cat);
        String pc = api.create(c);
        catalog.updateRating(UUID.fromString(pc), new BigDecimal("4.50"), 3);
        String pd = api.create("Delta " + w, "40.00", 7);
        catalog.updateRating(UUID.fromString(pd), new BigDecimal("3.00"), 1);

        String base = q(w);
        search(base).body("pagination.total", equalTo(4));
        search(base + "&minPrice=15&maxPrice=35").body("data.id", containsInAnyOrder(pb, pc));
        search(base + "&inStock=true").body("data.id", containsInAnyOrder(pb, pc, pd));
        search(base + "&featured=true").body("data.id", contains(pb));
        search(base + "&onSale=true").body("data.id", contains(pb));
        search(base + "&minRating=4").body("data.id", contains(pc));
        search(base + "&category=" + cat).body("data.id", containsInAnyOrder(pb, pc));
        search(base + "&category=" + catSlug + "&inStock=true&maxPrice=25").body("data.id", contains(pb));
        search(base + "&sort=price_asc").body("data.id", contains(pa, pb, pc, pd));
        search(base + "&sort=price_desc").body("data.id", contains(pd, pc, pb, pa));
        search(base + "&sort=newest").body("data.id", contains(pd, pc, pb, pa));
        search(base + "&sort=name").body("data.id", contains(pa, pb, pc, pd));
        search(base + "&sort=rating").body("data.id[0]", equalTo(pc)).body("data.id[1]", equalTo(pd));
        search(base + "&sort=price_asc&limit=2&page=2").body("data.id", contains(pc, pd))
                .body("pagination.page", equalTo(2)).body("pagination.perPage", equalTo(2))
                .body("pagination.total", equalTo(4)).body("pagination.totalPages", equalTo(2));
        search(base + "&sort=price_asc&limit=2&page=3").body("data", empty()).body("pagination.total", equalTo(4));
        search(base + "&sort=price_asc&page=2000000").body("data", empty()).body("pagination.total", equalTo(4));
    }

    @Test
    void facetsCountTheCurrentQueryAndFilters() {
        String w = word();
        String root = api.category("Facettes " + w, null);
        String left = api.category("Gauche " + w, root);
        String right = api.category("Droite " + w, root);
        String p1 = in(api, product("Un " + w, "5.00", 1), left);
        String p2 = in(api, product("Deux " + w, "15.00", 1), left);
        in(api, product("Trois " + w, "30.00", 1), right);
        String p4 = in(api, product("Quatre", "250.00", 1), right);
        String p5 = in(api, product("Cinq", "60.00", 1), root);
        var hidden = product("Six " + w, "5.00", 1);
        hidden.put("isActive", false);
        in(api, hidden, left);
        catalog.updateRating(UUID.fromString(p1), new BigDecimal("4.50"), 2);
        catalog.updateRating(UUID.fromString(p2), new BigDecimal("3.20"), 5);
        catalog.updateRating(UUID.fromString(p4), new BigDecimal("4.00"), 1);
        catalog.updateRating(UUID.fromString(p5), new BigDecimal("2.00"), 1);

        var all = search("category=" + root + "&facets=true").body("pagination.total", equalTo(5));
        assertThat(all.extract().jsonPath().getList("facets.categories", Map.class)).containsExactlyInAnyOrder(
                Map.of("id", left, "name", "Gauche " + w, "slug", slug(left), "count", 2),
                Map.of("id", right, "name", "Droite " + w, "slug", slug(right), "count", 2),
                Map.of("id", root, "name", "Facettes " + w, "slug", slug(root), "count", 1));
        all.body("facets.priceBands.count", contains(1, 1, 1, 1, 0, 1, 0))
                .body("facets.priceBands[0].from", equalTo(new BigDecimal("0.00")))
                .body("facets.priceBands[0].to", equalTo(new BigDecimal("10.00")))
                .body("facets.priceBands[6].from", equalTo(new BigDecimal("500.00")))
                .body("facets.priceBands[6].to", equalTo(null))
                .body("facets.ratings.min", contains(4, 3, 2, 1))
                .body("facets.ratings.count", contains(2, 3, 4, 4));

        var text = search("category=" + root + "&facets=true&" + q(w) + "&maxPrice=20");
        text.body("pagination.total", equalTo(2)).body("facets.categories.id", contains(left))
                .body("facets.categories.count", contains(2))
                .body("facets.priceBands.count", contains(1, 1, 0, 0, 0, 0, 0))
                .body("facets.ratings.count", contains(1, 2, 2, 2));
        assertThat(search("category=" + root).extract().asString()).doesNotContain("facets");
    }

    private static String in(SearchApi api, Map<String, Object> body, String category) {
        body.put("categoryId", category);
        return api.create(body);
    }

    private static String slug(String category) {
        return given().get("/api/categories/" + category).path("slug");
    }

    @Test
    void suggestCompletesNamesOfLiveProductsOnly() {
        String w = word();
        String lamp = api.create("Lampe " + w + " articulée", "20.00", 5);
        String other = api.create(w + "ette de poche", "8.00", 5);
        var hidden = product(w + " cachée", "8.00", 5);
        hidden.put("isActive", false);
        api.create(hidden);
        var suggest = given().get("/api/products/suggest?q=" + w.substring(0, 5)).then().statusCode(200);
        suggest.body("data.id", containsInAnyOrder(lamp, other))
                .body("data.name", hasItem("Lampe " + w + " articulée"))
                .body("data[0].slug", notNullValue());
        SearchApi.get("/api/products/suggest?q=lampe%20" + w.substring(0, 4)).then().statusCode(200)
                .body("data.id", contains(lamp));
        given().get("/api/products/suggest?q=l").then().statusCode(200).body("data", empty());
        given().get("/api/products/suggest").then().statusCode(200).body("data", empty());
        given().get("/api/products/suggest?q=" + "a".repeat(101)).then().statusCode(400)
                .body("error", equalTo("invalid_data"));
    }

    @Test
    void theIndexFollowsProductWritesWithoutARestart() {
        String w = word();
        String renamed = word();
        String id = api.create("Bougie " + w, "12.00", 3);
        search(q(w)).body("data.id", contains(id));

        api.patch(id, Map.of("name", "Bougie " + renamed));
        search(q(w)).body("data", empty());
        search(q(renamed)).body("data.id", contains(id));

        api.patch(id, Map.of("price", new BigDecimal("80.00")));
        search(q(renamed) + "&minPrice=50").body("data.id", contains(id));
        search(q(renamed) + "&maxPrice=20").body("data", empty());

        String sku = given().get("/api/products/" + id).path("sku");
        // SQL, not Hibernate: the stock status event drives the index, after commit through the outbox
        adjustStock(sku, -3);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                search(q(renamed) + "&inStock=true").body("data", empty()));
        search(q(renamed)).body("data.id", contains(id));
        adjustStock(sku, 4);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                search(q(renamed) + "&inStock=true").body("data.id", contains(id)));

        api.patch(id, Map.of("isActive", false));
        search(q(renamed)).body("data", empty());
        api.patch(id, Map.of("isActive", true));
        search(q(renamed)).body("data.id", contains(id));
        api.admin().delete("/api/products/" + id).then().statusCode(204);
        search(q(renamed)).body("data", empty());
        given().get("/api/products/suggest?q=" + renamed).then().body("data", empty());
    }

    /** Signed in, a reader skips the response cache: what it finds comes from the index as it is now. */
    @Test
    void signedInReadersFindEachWriteAtOnce() {
        String w = word();
        String renamed = word();
        String customer = tokens.staff("orders:manage");
        String id = api.create("Plaid " + w, "30.00", 3);
        signedIn(customer, q(w)).body("data.id", contains(id));
        api.patch(id, Map.of("name", "Plaid " + renamed));
        signedIn(customer, q(renamed)).body("data.id", contains(id));
        signedIn(customer, q(w)).body("data", empty());
        search(q(renamed)).body("data.id", contains(id)); // and the anonymous, cached, read agrees
    }

    private static io.restassured.response.ValidatableResponse signedIn(String token, String query) {
        return given().auth().oauth2(token).urlEncodingEnabled(false).get("/api/products?" + query).then()
                .statusCode(200);
    }

    /** Inventory moves the stock the storefront shows (ADR 0012). */
    private void adjustStock(String sku, int delta) {
        given().auth().oauth2(tokens.staff("inventory:manage")).contentType("application/json")
                .body(Map.of("sku", sku, "delta", delta, "reason", "adjustment"))
                .post("/api/admin/inventory/adjustments").then().statusCode(201);
    }

    @Test
    void aRestoredProductIsFoundAgain() {
        String w = word();
        String id = api.create("Abat-jour " + w, "25.00", 3);
        search(q(w)).body("data.id", contains(id));
        api.admin().delete("/api/products/" + id).then().statusCode(204);
        search(q(w)).body("data", empty());

        api.admin().post("/api/admin/products/" + id + "/restore").then().statusCode(200);
        search(q(w)).body("data.id", contains(id));
    }

    @Test
    void renamingACategoryReindexesTheProductsBelowIt() {
        String old = word();
        String fresh = word();
        String root = api.category("Univers " + old, null);
        String leaf = api.category("Coin", root);
        var body = product("Fauteuil", "300.00", 2);
        body.put("categoryId", leaf);
        String id = api.create(body);
        search(q(old)).body("data.id", contains(id));

        api.admin().body(Map.of("name", "Univers " + fresh)).put("/api/categories/" + root).then().statusCode(200);
        search(q(fresh)).body("data.id", contains(id));
        search(q(old)).body("data", empty());
        String newSlug = slug(root);
        search("category=" + newSlug).body("data.id", contains(id));
    }

    @Test
    void theReindexRouteNeedsCatalogWriteAndKeepsProductsFindable() {
        String w = word();
        String id = api.create("Horloge " + w, "60.00", 5);
        given().post("/api/admin/search/reindex").then().statusCode(401);
        given().auth().oauth2(tokens.staff("orders:manage")).post("/api/admin/search/reindex").then().statusCode(403);

        var started = given().auth().oauth2(tokens.staff("catalog:write")).post("/api/admin/search/reindex").then()
                .statusCode(202).body("status", equalTo("running")).extract();
        String job = started.path("id");
        assertThat(started.header("Location")).endsWith("/api/admin/search/reindex/" + job);
        await().atMost(Duration.ofSeconds(30)).until(() -> !"running".equals(api.admin()
                .get("/api/admin/search/reindex/" + job).then().statusCode(200).extract().path("status")));
        api.admin().get("/api/admin/search/reindex/" + job).then().body("status", equalTo("completed"));
        api.admin().get("/api/admin/search/reindex/" + job).then().body("indexed", equalTo(
                api.admin().get("/api/admin/search/reindex/" + job).path("total")));
        search(q(w)).body("data.id", contains(id));
        api.admin().get("/api/admin/search/reindex/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void productsWrittenDuringARebuildAreIndexedAsTheyAreNow() {
        String w = word();
        List<String> before = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            before.add(api.create("Pendule " + w + " " + i, "60.00", 5));
        }
        String job = api.admin().post("/api/admin/search/reindex").then().statusCode(202).extract().path("id");
        // writes while the mass indexer runs: a new product and a rename of one it may already have read
        String created = api.create("Pendule " + w + " nouvelle", "61.00", 5);
        api.admin().contentType(ContentType.JSON).body(Map.of("name", "Coucou " + w))
                .patch("/api/products/" + before.get(0)).then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> !"running".equals(api.admin()
                .get("/api/admin/search/reindex/" + job).then().statusCode(200).extract().path("status")));
        List<String> expected = new java.util.ArrayList<>(before.subList(1, 5));
        expected.add(created);
        // each once (no document left by the purge race, none twice), the rename as it is now
        search(q("pendule " + w) + "&limit=50").body("data.id", containsInAnyOrder(expected.toArray()))
                .body("pagination.total", equalTo(5));
        search(q("coucou " + w)).body("data.id", contains(before.get(0)));
    }

    @Test
    void queryTextIsNeverParsedAsSyntax() {
        String w = word();
        String id = api.create("Vase " + w, "25.00", 5);
        for (String nasty : List.of("+-&|!(){}[]^\"~*?:\\/", "vase AND (", "\"" + w, w + "~", "*" + w + "*",
                "title:" + w, "\\", "a || b && !c", "[* TO *]", "/.*/", "?", "((((((((((", w + "^100")) {
            int status = SearchApi.get("/api/products?" + q(nasty)).then().extract().statusCode();
            assertThat(status).as(nasty).isBetween(200, 499);
            SearchApi.get("/api/products/suggest?" + q(nasty)).then().statusCode(200);
        }
        search(q("(" + w + ")")).body("data.id", contains(id));
        search(q(w + "!")).body("data.id", contains(id));

        StringBuilder longText = new StringBuilder();
        while (longText.length() < 490) {
            longText.append(word()).append(' ');
        }
        SearchApi.get("/api/products?" + q(longText.toString())).then().statusCode(200);
        SearchApi.get("/api/products?" + q("x".repeat(5000))).then().statusCode(400)
                .body("error", equalTo("invalid_data")).body("errors.field", hasItem("q"));
    }

    @Test
    void invalidFiltersAreStillBadRequestsWithText() {
        for (String bad : List.of("minPrice=-1", "minPrice=50&maxPrice=10", "sort=cheapest", "limit=101", "page=0",
                "minRating=6", "inStock=maybe")) {
            Contract.invalidRequest().get("/api/products?q=vase&" + bad).then().statusCode(400)
                    .contentType("application/problem+json").body("error", equalTo("invalid_data"));
        }
    }

    @Test
    void searchAnswersKeepTheirEtags() {
        String w = word();
        api.create("Miroir " + w, "70.00", 5);
        var first = SearchApi.get("/api/products?" + q(w) + "&facets=true").then().statusCode(200).extract();
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.header("Cache-Control")).isEqualTo("public, max-age=60");
        given().urlEncodingEnabled(false).header("If-None-Match", etag).get("/api/products?" + q(w) + "&facets=true").then().statusCode(304);
        given().header("If-None-Match", etag).get("/api/products/suggest?q=" + w).then().statusCode(200);
    }

    @Test
    void aSearchPageCostsABoundedNumberOfStatements() {
        String w = word();
        for (int i = 0; i < 12; i++) {
            var body = product("Assiette " + i + " " + w, "10.00", 0);
            body.put("variants", List.of(Map.of("sku", "PLT-" + word().toUpperCase(), "name", "S",
                    "options", Map.of("size", "S"), "stock", 2), Map.of("sku", "PLT-" + word().toUpperCase(),
                    "name", "M", "options", Map.of("size", "M"), "stock", 0)));
            body.put("images", List.of(Map.of("url", "https://img.example.com/" + UUID.randomUUID() + ".jpg")));
            api.create(body);
        }
        SqlStatements.reset();
        search(q(w) + "&inStock=true&limit=10&facets=true").body("data.size()", equalTo(10))
                .body("data[9].variants.size()", equalTo(2)).body("pagination.total", equalTo(12));
        // products, categories, variants, images, and the facets' category names
        assertThat(SqlStatements.count()).isBetween(1L, 5L);
        SqlStatements.reset();
        given().get("/api/products/suggest?q=" + w.substring(0, 4)).then().statusCode(200).body("data.size()", equalTo(10));
        assertThat(SqlStatements.count()).isZero();
    }
}
