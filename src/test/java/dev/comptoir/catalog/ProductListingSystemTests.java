package dev.comptoir.catalog;

import static dev.comptoir.catalog.CatalogApi.anyone;
import static dev.comptoir.catalog.CatalogApi.product;
import static dev.comptoir.catalog.CatalogApi.unique;
import static dev.comptoir.catalog.CatalogApi.variant;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.comptoir.support.Contract;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestTokens;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** The database listing over a small tree of its own: R > C > G, plus an outsider category. */
@SystemTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductListingSystemTests {

    @Autowired
    TestTokens tokens;

    @Autowired
    CatalogService catalog;

    String root;
    String rootSlug;
    String child;
    String p1;
    String p2;
    String p3;
    String p5;
    String p6;

    @BeforeAll
    void createCatalog() {
        CatalogApi api = new CatalogApi(tokens.admin());
        root = api.category(unique("Listing"), null);
        rootSlug = anyone().get("/api/categories/" + root).path("slug");
        child = api.category("C", root);
        String grandChild = api.category("G", child);
        String outsider = api.category(unique("Outsider"), null);

        p1 = api.create(in(product("Alpha", "10.00", 0), root));
        Map<String, Object> b = in(product("Bravo", "20.00", 5), child);
        b.put("isFeatured", true);
        b.put("compareAtPrice", new BigDecimal("30.00"));
        p2 = api.create(b);
        p3 = api.create(in(product("Charlie", "30.00", 50), grandChild));
        catalog.updateRating(UUID.fromString(p3), new BigDecimal("4.50"), 2);
        api.create(in(product("Delta", "15.00", 9), outsider));
        Map<String, Object> e = in(product("Echo", "35.00", 0), grandChild);
        e.put("variants", List.of(variant("S", Map.of("size", "S"), 0)));
        p5 = api.create(e);
        Map<String, Object> f = in(product("Foxtrot", "40.00", 0), grandChild);
        f.put("variants", List.of(variant("S", Map.of("size", "S"), 0), variant("M", Map.of("size", "M"), 2)));
        p6 = api.create(f);
    }

    private static Map<String, Object> in(Map<String, Object> product, String category) {
        product.put("categoryId", category);
        return product;
    }

    private io.restassured.response.ValidatableResponse list(String query) {
        return anyone().get("/api/products?category=" + rootSlug + "&" + query).then().statusCode(200);
    }

    @Test
    void aCategoryIncludesItsSubCategories() {
        list("").body("data.id", containsInAnyOrder(p1, p2, p3, p5, p6))
                .body("pagination.total", equalTo(5));
        anyone().get("/api/products?category=" + child).then().statusCode(200)
                .body("data.id", containsInAnyOrder(p2, p3, p5, p6));
        anyone().get("/api/products?category=no-such-category").then().statusCode(200)
                .body("data.size()", equalTo(0)).body("pagination.total", equalTo(0));
    }

    @Test
    void filtersCombine() {
        list("minPrice=20&maxPrice=30").body("data.id", containsInAnyOrder(p2, p3));
        list("inStock=true").body("data.id", containsInAnyOrder(p2, p3, p6));
        list("featured=true").body("data.id", contains(p2));
        list("onSale=true").body("data.id", contains(p2));
        list("minRating=4").body("data.id", contains(p3));
        list("inStock=true&minPrice=25").body("data.id", containsInAnyOrder(p3, p6));
    }

    @Test
    void sortsOrderTheResults() {
        list("sort=price_asc").body("data.id", contains(p1, p2, p3, p5, p6));
        list("sort=price_desc").body("data.id", contains(p6, p5, p3, p2, p1));
        list("sort=name").body("data.name", contains("Alpha", "Bravo", "Charlie", "Echo", "Foxtrot"));
        list("sort=newest").body("data.id", contains(p6, p5, p3, p2, p1));
        list("sort=rating").body("data[0].id", equalTo(p3));
    }

    @Test
    void pagesFollowTheSpecEnvelope() {
        list("sort=price_asc&limit=2&page=2").body("data.id", contains(p3, p5))
                .body("pagination.page", equalTo(2))
                .body("pagination.perPage", equalTo(2))
                .body("pagination.total", equalTo(5))
                .body("pagination.totalPages", equalTo(3));
        list("sort=price_asc&limit=2&page=9").body("data.size()", equalTo(0));
    }

    @Test
    void invalidFiltersAreBadRequestsNamingTheParameter() {
        Map<String, String> cases = Map.of(
                "minPrice=-1", "minPrice",
                "maxPrice=-5", "maxPrice",
                "minPrice=50&maxPrice=10", "minPrice",
                "sort=cheapest", "sort",
                "limit=101", "limit",
                "limit=0", "limit",
                "page=0", "page",
                "minPrice=abc", "minPrice",
                "inStock=maybe", "inStock",
                "minRating=6", "minRating");
        cases.forEach((query, field) -> anyone().filter(Contract.INVALID_REQUEST).get("/api/products?" + query).then().statusCode(400)
                .contentType("application/problem+json")
                .body("error", equalTo("invalid_data"))
                .body("errors.field", hasItem(field)));
    }
}
