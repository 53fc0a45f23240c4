package dev.comptoir.catalog;

import static dev.comptoir.catalog.CatalogApi.anyone;
import static dev.comptoir.catalog.CatalogApi.image;
import static dev.comptoir.catalog.CatalogApi.product;
import static dev.comptoir.catalog.CatalogApi.unique;
import static dev.comptoir.catalog.CatalogApi.variant;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.comptoir.support.Contract;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestTokens;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.util.ArrayList;
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

@SystemTest
class ProductAdminSystemTests {

    @Autowired
    TestTokens tokens;

    @Autowired
    StockEventRecorder stockEvents;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** The SKU's ledger lines (inventory's, ADR 0012) as reason:delta:stockAfter, oldest first. */
    private List<String> ledger(String sku) {
        return jdbc.queryForList("SELECT reason || ':' || delta || ':' || stock_after FROM stock_movements "
                + "WHERE sku = ? ORDER BY id", String.class, sku);
    }

    CatalogApi api;

    @BeforeEach
    void setUp() {
        api = new CatalogApi(tokens.admin());
    }

    @Test
    void aProductIsCreatedWithEveryFieldVariantsAndOrderedImages() {
        String category = api.category(unique("Mode"), null);
        Map<String, Object> body = product("Chemise Oxford", "59.90", 0);
        body.put("description", "Une chemise en coton.");
        body.put("shortDescription", "Coton oxford");
        body.put("compareAtPrice", new BigDecimal("79.90"));
        body.put("weight", new BigDecimal("0.35"));
        body.put("dimensions", Map.of("length", 30, "width", 25, "height", 3, "unit", "cm"));
        body.put("isFeatured", true);
        body.put("seoTitle", "Chemise Oxford homme");
        body.put("seoDescription", "La chemise Oxford");
        body.put("categoryId", category);
        body.put("variants", List.of(variant("M", Map.of("size", "M", "color", "blue"), 4),
                variant("L", Map.of("size", "L", "color", "blue"), 3)));
        body.put("images", List.of(image("https://img.example.com/a.jpg", "front"),
                image("http://img.example.com/b.jpg", "back")));

        api.admin().body(body).post("/api/products").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.startsWith("/api/products/"))
                .body("id", notNullValue())
                .body("slug", org.hamcrest.Matchers.startsWith("chemise-oxford"))
                .body("price", equalTo(new BigDecimal("59.90")))
                .body("compareAtPrice", equalTo(new BigDecimal("79.90")))
                .body("currency", equalTo("EUR"))
                .body("isOnSale", equalTo(true))
                .body("discountPercentage", equalTo(25))
                .body("stock", equalTo(7))
                .body("stockStatus", equalTo("low_stock"))
                .body("weight", equalTo(new BigDecimal("0.350")))
                .body("dimensions.unit", equalTo("cm"))
                .body("isActive", equalTo(true))
                .body("isFeatured", equalTo(true))
                .body("seoTitle", equalTo("Chemise Oxford homme"))
                .body("categoryId", equalTo(category))
                .body("category.id", equalTo(category))
                .body("variants.name", contains("M", "L"))
                .body("variants[0].options.size", equalTo("M"))
                .body("variants[0].price", nullValue())
                .body("variants[0].effectivePrice", equalTo(new BigDecimal("59.90")))
                .body("variants[0].stockStatus", equalTo("low_stock"))
                .body("images.altText", contains("front", "back"))
                .body("images.position", contains(0, 1))
                .body("ratingAverage", equalTo(new BigDecimal("0.00")))
                .body("ratingCount", equalTo(0))
                .body("createdAt", notNullValue())
                .body("deletedAt", nullValue());
    }

    @Test
    void putReplacesTheFieldsAndPatchChangesOnlyThoseGiven() {
        Map<String, Object> body = product("Bol en grès", "12.00", 20);
        body.put("description", "Fait main");
        String id = api.create(body);
        String slug = anyone().get("/api/products/" + id).path("slug");

        Map<String, Object> replacement = product("Bol en grès émaillé", "14.50", 20);
        replacement.put("sku", body.get("sku"));
        api.admin().body(replacement).put("/api/products/" + id).then().statusCode(200)
                .body("name", equalTo("Bol en grès émaillé"))
                .body("price", equalTo(new BigDecimal("14.50")))
                .body("description", nullValue())
                .body("slug", equalTo(slug));

        api.admin().body(Map.of("isFeatured", true, "compareAtPrice", 20)).patch("/api/products/" + id)
                .then().statusCode(200)
                .body("name", equalTo("Bol en grès émaillé"))
                .body("isFeatured", equalTo(true))
                .body("compareAtPrice", equalTo(new BigDecimal("20.00")))
                .body("discountPercentage", equalTo(28));
    }

    @Test
    void editingStockWritesAnAdjustmentAndCreationARestock() {
        Map<String, Object> body = product("Tasse", "8.00", 12);
        String sku = (String) body.get("sku");
        String id = api.create(body);
        api.admin().body(Map.of("stock", 5)).patch("/api/products/" + id).then().statusCode(200)
                .body("stock", equalTo(5)).body("stockStatus", equalTo("low_stock"));

        assertThat(ledger(sku)).containsExactly("restock:12:12", "adjustment:-7:5");
        // the storefront's figure changed once, for caches and the index
        List<StockChanged> events = stockEvents.forSku(sku);
        assertThat(events).extracting(StockChanged::reason, StockChanged::delta, StockChanged::newStock)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("adjustment", -7, 5));
        assertThat(events.get(0).productId()).isEqualTo(UUID.fromString(id));
        assertThat(events.get(0).actor()).isNotBlank();
    }

    @Test
    void variantsAreAddedReplacedAndDeleted() {
        String id = api.create(product("T-shirt", "15.00", 0));
        Map<String, Object> small = variant("S", Map.of("size", "S"), 2);
        api.admin().body(small).post("/api/products/" + id + "/variants").then().statusCode(201)
                .body("variants", hasSize(1)).body("stock", equalTo(2));
        Map<String, Object> large = variant("L", Map.of("size", "L"), 30);
        large.put("price", new BigDecimal("17"));
        String largeId = api.admin().body(large).post("/api/products/" + id + "/variants").then().statusCode(201)
                .body("stock", equalTo(32)).body("stockStatus", equalTo("in_stock"))
                .extract().path("variants.find { it.name == 'L' }.id");

        large.put("stock", 1);
        large.put("name", "Large");
        api.admin().body(large).put("/api/products/" + id + "/variants/" + largeId).then().statusCode(200)
                .body("variants.find { it.id == '" + largeId + "' }.name", equalTo("Large"))
                .body("variants.find { it.id == '" + largeId + "' }.price", equalTo(new BigDecimal("17.00")))
                .body("stock", equalTo(3));
        assertThat(ledger((String) large.get("sku"))).containsExactly("restock:30:30", "adjustment:-29:1");

        api.admin().delete("/api/products/" + id + "/variants/" + largeId).then().statusCode(200)
                .body("variants", hasSize(1)).body("stock", equalTo(2));
        assertThat(ledger((String) large.get("sku"))).containsExactly("restock:30:30", "adjustment:-29:1",
                "adjustment:-1:0");
        api.admin().delete("/api/products/" + id + "/variants/" + largeId).then().statusCode(404)
                .body("error", equalTo("variant_not_found"));
    }

    @Test
    void imagesAreAddedReorderedAndDeleted() {
        String id = api.create(product("Affiche", "25.00", 5));
        api.admin().body(image("https://img.example.com/1.jpg", "one")).post("/api/products/" + id + "/images")
                .then().statusCode(201);
        api.admin().body(image("https://img.example.com/2.jpg", "two")).post("/api/products/" + id + "/images")
                .then().statusCode(201);
        List<String> ids = api.admin().body(image("https://img.example.com/3.jpg", "three"))
                .post("/api/products/" + id + "/images").then().statusCode(201)
                .body("images.altText", contains("one", "two", "three")).extract().path("images.id");

        api.admin().body(Map.of("imageIds", List.of(ids.get(2), ids.get(0), ids.get(1))))
                .put("/api/products/" + id + "/images/order").then().statusCode(200)
                .body("images.altText", contains("three", "one", "two"));
        api.admin().body(Map.of("imageIds", List.of(ids.get(2), ids.get(0))))
                .put("/api/products/" + id + "/images/order").then().statusCode(400)
                .body("errors.field", hasItem("imageIds"));
        api.admin().delete("/api/products/" + id + "/images/" + ids.get(0)).then().statusCode(200)
                .body("images.altText", contains("three", "two"));
        anyone().get("/api/products/" + id).then().body("images.altText", contains("three", "two"));
    }

    @Test
    void aNonHttpImageUrlIsABadRequest() {
        Map<String, Object> body = product("Cadre", "30.00", 1);
        body.put("images", List.of(image("ftp://img.example.com/a.jpg", "x")));
        api.admin().filter(Contract.INVALID_REQUEST).body(body).post("/api/products").then().statusCode(400)
                .body("error", equalTo("invalid_data")).body("errors.field", hasItem("images[0].url"));
        String id = api.create(product("Cadre", "30.00", 1));
        for (String url : List.of("javascript:alert(1)", "data:image/png;base64,AAAA", "/relative.jpg", "https://")) {
            api.admin().filter(Contract.INVALID_REQUEST).body(image(url, "x")).post("/api/products/" + id + "/images").then().statusCode(400)
                    .body("errors.field", hasItem("url"));
        }
    }

    @Test
    void eachSpecConstraintViolationNamesItsField() {
        Map<String, Object> body = product("A", "-1", -2);
        body.put("shortDescription", "x".repeat(501));
        body.put("compareAtPrice", new BigDecimal("1.234"));
        body.put("name", "A");
        api.admin().filter(Contract.INVALID_REQUEST).body(body).post("/api/products").then().statusCode(400)
                .body("error", equalTo("invalid_data"))
                .body("errors.field", org.hamcrest.Matchers.hasItems("name", "price", "stock", "shortDescription",
                        "compareAtPrice"));
        api.admin().filter(Contract.INVALID_REQUEST).body(Map.of("name", "No price")).post("/api/products").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("price", "sku"));
        Map<String, Object> longName = product("x".repeat(201), "1.00", 0);
        api.admin().filter(Contract.INVALID_REQUEST).body(longName).post("/api/products").then().statusCode(400).body("errors.field", hasItem("name"));
        Map<String, Object> wrongType = product("Typo", "1.00", 0);
        wrongType.put("dimensions", List.of(1, 2));
        api.admin().filter(Contract.INVALID_REQUEST).body(wrongType).post("/api/products").then().statusCode(400)
                .body("errors.field", hasItem("dimensions"));
        Map<String, Object> badVariant = product("Variant typo", "1.00", 0);
        badVariant.put("variants", List.of(Map.of("name", "no sku", "stock", -1)));
        api.admin().filter(Contract.INVALID_REQUEST).body(badVariant).post("/api/products").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("variants[0].sku", "variants[0].stock"));
        Map<String, Object> unknownCategory = product("Orphan", "1.00", 0);
        unknownCategory.put("categoryId", UUID.randomUUID().toString());
        api.admin().body(unknownCategory).post("/api/products").then().statusCode(400)
                .body("errors.field", hasItem("categoryId"));
    }

    @Test
    void aSkuIsUniqueAcrossProductsAndVariants() {
        Map<String, Object> first = product("Lampe", "40.00", 1);
        String sku = (String) first.get("sku");
        api.create(first);

        Map<String, Object> sameSku = product("Autre lampe", "40.00", 1);
        sameSku.put("sku", sku);
        api.admin().body(sameSku).post("/api/products").then().statusCode(409).body("error", equalTo("duplicate_sku"));

        Map<String, Object> variantClash = product("Lampe à variantes", "40.00", 0);
        variantClash.put("variants", List.of(Map.of("sku", sku, "name", "Rouge")));
        api.admin().body(variantClash).post("/api/products").then().statusCode(409)
                .body("error", equalTo("duplicate_sku"));

        Map<String, Object> withVariant = product("Abat-jour", "20.00", 0);
        Map<String, Object> v = variant("Blanc", Map.of("color", "white"), 1);
        withVariant.put("variants", List.of(v));
        api.create(withVariant);
        Map<String, Object> productClash = product("Abat-jour bis", "20.00", 0);
        productClash.put("sku", v.get("sku"));
        api.admin().body(productClash).post("/api/products").then().statusCode(409)
                .body("error", equalTo("duplicate_sku"));

        String other = api.create(product("Ampoule", "3.00", 9));
        api.admin().body(Map.of("sku", v.get("sku"))).patch("/api/products/" + other).then().statusCode(409)
                .body("error", equalTo("duplicate_sku"));
        api.admin().body(variant("x", Map.of(), 1)).post("/api/products/" + other + "/variants").then()
                .statusCode(201);
        api.admin().body(Map.of("sku", sku, "name", "clash")).post("/api/products/" + other + "/variants").then()
                .statusCode(409).body("error", equalTo("duplicate_sku"));
    }

    @Test
    void ofTwoConcurrentCreatesWithTheSameSkuExactlyOneSucceeds() throws Exception {
        String sku = unique("RACE").toUpperCase();
        int racers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        try {
            for (int i = 0; i < racers; i++) {
                Map<String, Object> body = i % 2 == 0 ? product("Racer " + i, "5.00", 1)
                        : product("Racer " + i, "5.00", 0);
                if (i % 2 == 0) {
                    body.put("sku", sku);
                } else {
                    body.put("variants", List.of(Map.of("sku", sku, "name", "v")));
                }
                results.add(pool.submit(() -> {
                    start.await();
                    return api.admin().body(body).post("/api/products").statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : results) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsOnly(201, 409);
            assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void productSlugsAreGeneratedUniqueAndExplicitOnesMustBeFree() {
        String suffix = unique("s");
        String name = "Théière Œuvre " + suffix;
        String a = api.admin().body(product(name, "30.00", 1)).post("/api/products").then().statusCode(201)
                .extract().path("slug");
        String b = api.admin().body(product(name, "30.00", 1)).post("/api/products").then().statusCode(201)
                .extract().path("slug");
        assertThat(a).isEqualTo("theiere-oeuvre-" + suffix);
        assertThat(b).isEqualTo(a + "-2");
        Map<String, Object> taken = product("Autre", "1.00", 0);
        taken.put("slug", a);
        api.admin().body(taken).post("/api/products").then().statusCode(409).body("error", equalTo("duplicate_slug"));
        anyone().get("/api/products/" + b).then().statusCode(200).body("slug", equalTo(b));
    }

    @Test
    void aSoftDeletedProductIsGoneForTheShopButStaysForAdmins() {
        String id = api.create(product("Vase", "35.00", 4));
        api.admin().delete("/api/products/" + id).then().statusCode(204);

        anyone().get("/api/products/" + id).then().statusCode(404).body("error", equalTo("product_not_found"));
        api.admin().get("/api/admin/products/" + id).then().statusCode(200).body("deletedAt", notNullValue());
        api.admin().get("/api/admin/products?status=deleted&limit=100").then().statusCode(200)
                .body("data.id", hasItem(id));
        api.admin().delete("/api/products/" + id).then().statusCode(404);
        api.admin().body(Map.of("name", "Revived")).patch("/api/products/" + id).then().statusCode(404);
    }

    @Test
    void aDeletedProductIsRestoredWithItsSlugAndStock() {
        String id = api.create(product("Lampe", "42.00", 6));
        String slug = anyone().get("/api/products/" + id).then().statusCode(200).extract().path("slug");
        api.admin().delete("/api/products/" + id).then().statusCode(204);
        anyone().get("/api/products/" + slug).then().statusCode(404);

        api.admin().post("/api/admin/products/" + id + "/restore").then().statusCode(200)
                .body("id", equalTo(id)).body("deletedAt", nullValue()).body("slug", equalTo(slug))
                .body("stock", equalTo(6));
        anyone().get("/api/products/" + slug).then().statusCode(200).body("id", equalTo(id));
        api.admin().get("/api/admin/products?status=deleted&limit=100").then().statusCode(200)
                .body("data.id", org.hamcrest.Matchers.not(hasItem(id)));
        api.admin().body(Map.of("name", "Lampe revenue")).patch("/api/products/" + id).then().statusCode(200);
    }

    @Test
    void restoringALiveOrUnknownProductIsRefused() {
        String id = api.create(product("Applique", "30.00", 2));
        api.admin().post("/api/admin/products/" + id + "/restore").then().statusCode(409)
                .body("error", equalTo("product_not_deleted"));
        api.admin().post("/api/admin/products/" + UUID.randomUUID() + "/restore").then().statusCode(404)
                .body("error", equalTo("product_not_found"));
        given().auth().oauth2(tokens.customer(UUID.randomUUID())).post("/api/admin/products/" + id + "/restore")
                .then().statusCode(403);
    }

    @Test
    void adminsFindProductsByPartOfTheNameOrSkuInAnyState() {
        String word = "Zq" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> hidden = product("Lanterne " + word + " brouillon", "10.00", 1);
        hidden.put("isActive", false);
        String inactive = api.create(hidden);
        Map<String, Object> bySku = product("Bougeoir", "12.00", 1);
        bySku.put("sku", ("SKU-" + word + "-B").toUpperCase());
        String skuMatch = api.create(bySku);
        String deleted = api.create(product("Lanterne " + word + " cassée", "10.00", 1));
        api.admin().delete("/api/products/" + deleted).then().statusCode(204);
        api.create(product("Lanterne sans rapport", "10.00", 1));

        api.admin().get("/api/admin/products?limit=100&q=" + word.toLowerCase()).then().statusCode(200)
                .body("data.id", org.hamcrest.Matchers.containsInAnyOrder(inactive, skuMatch, deleted))
                .body("pagination.total", equalTo(3));
        api.admin().get("/api/admin/products?status=deleted&q=" + word.toUpperCase()).then().statusCode(200)
                .body("data.id", contains(deleted));
        api.admin().queryParam("q", word + "%").get("/api/admin/products").then().statusCode(200).body("data", hasSize(0));
    }

    @Test
    void anInactiveProductIsNotFoundPubliclyButListedForAdmins() {
        Map<String, Object> body = product("Brouillon", "10.00", 4);
        body.put("isActive", false);
        String id = api.create(body);
        String slug = api.admin().get("/api/admin/products/" + id).path("slug");
        anyone().get("/api/products/" + id).then().statusCode(404).body("error", equalTo("product_not_found"));
        anyone().get("/api/products/" + slug).then().statusCode(404);
        api.admin().get("/api/admin/products?status=inactive&limit=100").then().statusCode(200)
                .body("data.id", hasItem(id)).body("pagination.perPage", equalTo(100));
        api.admin().filter(Contract.INVALID_REQUEST).get("/api/admin/products?status=bogus").then().statusCode(400).body("errors.field", hasItem("status"));
    }

    @Test
    void writingProductsNeedsTheCatalogPermission() {
        String id = api.create(product("Gardé", "10.00", 4));
        String customer = tokens.customer(UUID.randomUUID());
        given().contentType(ContentType.JSON).body(product("Refused", "1.00", 0)).post("/api/products")
                .then().statusCode(401);
        Contract.invalidRequest().contentType(ContentType.JSON).body("{}").post("/api/products").then().statusCode(401);
        given().auth().oauth2(customer).contentType(ContentType.JSON).body(product("Refused", "1.00", 0))
                .post("/api/products").then().statusCode(403).body("error", equalTo("forbidden"));
        given().auth().oauth2(customer).contentType(ContentType.JSON).body(Map.of("name", "Hack"))
                .patch("/api/products/" + id).then().statusCode(403);
        given().auth().oauth2(customer).delete("/api/products/" + id).then().statusCode(403);
        given().delete("/api/products/" + id).then().statusCode(401);
        given().auth().oauth2(customer).get("/api/admin/products").then().statusCode(403);
        given().get("/api/admin/products/" + id).then().statusCode(401);
        anyone().get("/api/products/" + id).then().statusCode(200).body("name", equalTo("Gardé"));
    }

    @Test
    void adminResponsesAreNeverCached() {
        String id = api.create(product("Secret", "10.00", 4));
        api.admin().get("/api/admin/products/" + id).then().statusCode(200)
                .header("Cache-Control", org.hamcrest.Matchers.containsString("no-store"))
                .header("ETag", nullValue());
        api.admin().body(Map.of("name", "Secret 2")).patch("/api/products/" + id).then().statusCode(200)
                .header("Cache-Control", org.hamcrest.Matchers.containsString("no-store"));
    }

    @Test
    void aProductWithVariantsTakesItsStockFromThem() {
        Map<String, Object> body = product("Pull", "45.00", 0);
        body.put("variants", List.of(variant("S", Map.of("size", "S"), 3)));
        String id = api.create(body);
        api.admin().body(Map.of("stock", 50)).patch("/api/products/" + id).then().statusCode(422)
                .body("error", equalTo("stock_managed_by_variants"));
        api.admin().body(Map.of("stock", 3, "name", "Pull marin")).patch("/api/products/" + id).then()
                .statusCode(200).body("name", equalTo("Pull marin"));
    }
}
