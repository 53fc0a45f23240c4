package dev.comptoir.catalog;

import static dev.comptoir.catalog.CatalogApi.anyone;
import static dev.comptoir.catalog.CatalogApi.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.comptoir.support.Contract;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SystemTest
class CategorySystemTests {

    @Autowired
    TestTokens tokens;

    CatalogApi api;

    @BeforeEach
    void setUp() {
        api = new CatalogApi(tokens.admin());
    }

    @Test
    void theTreeNestsChildrenOrderedByPositionThenName() {
        String root = api.category(unique("Maison"), null);
        String cuisine = api.category("Cuisine", root, 1);
        api.category("Salon", root, 0);
        api.category("Bureau", root, 1);
        api.category("Ustensiles", cuisine);

        JsonPath tree = anyone().get("/api/categories").then().statusCode(200).extract().jsonPath();
        Map<String, Object> node = tree.param("id", root).getMap("data.find { it.id == id }");
        assertThat(node).isNotNull();
        List<Map<String, Object>> children = (List<Map<String, Object>>) node.get("children");
        assertThat(children).extracting(c -> c.get("name")).containsExactly("Salon", "Bureau", "Cuisine");
        List<Map<String, Object>> grandChildren = (List<Map<String, Object>>) children.get(2).get("children");
        assertThat(grandChildren).extracting(c -> c.get("name")).containsExactly("Ustensiles");
        assertThat(grandChildren.get(0).get("parentId")).isEqualTo(cuisine);
    }

    @Test
    void aSlugIsGeneratedWithAccentsFoldedAndASuffixOnClash() {
        String suffix = unique("x");
        String name = "Électroménager & Cuisine " + suffix;
        String first = api.admin().body(Map.of("name", name)).post("/api/categories")
                .then().statusCode(201).extract().path("slug");
        String second = api.admin().body(Map.of("name", name)).post("/api/categories")
                .then().statusCode(201).extract().path("slug");
        String third = api.admin().body(Map.of("name", name)).post("/api/categories")
                .then().statusCode(201).extract().path("slug");
        assertThat(first).isEqualTo("electromenager-cuisine-" + suffix);
        assertThat(second).isEqualTo(first + "-2");
        assertThat(third).isEqualTo(first + "-3");
    }

    @Test
    void anExplicitSlugAlreadyTakenIsAConflict() {
        String slug = unique("mode");
        api.admin().body(Map.of("name", "Mode", "slug", slug)).post("/api/categories").then().statusCode(201);
        api.admin().body(Map.of("name", "Mode bis", "slug", slug)).post("/api/categories")
                .then().statusCode(409).body("error", equalTo("duplicate_slug"));
    }

    @Test
    void aCategoryIsFoundByIdOrSlugWithItsPathFromTheRootAndItsChildren() {
        String root = api.category(unique("High-tech"), null);
        String audio = api.category("Audio", root);
        String casques = api.category("Casques", audio);
        api.category("Casques sans fil", casques);
        String slug = anyone().get("/api/categories/" + casques).then().statusCode(200).extract().path("slug");

        anyone().get("/api/categories/" + slug).then().statusCode(200)
                .body("id", equalTo(casques))
                .body("path.id", contains(root, audio))
                .body("path.name", contains(equalTo(anyone().get("/api/categories/" + root).path("name")),
                        equalTo("Audio")))
                .body("children.name", contains("Casques sans fil"));
    }

    @Test
    void anUnknownCategoryIsNotFound() {
        anyone().get("/api/categories/" + UUID.randomUUID()).then().statusCode(404)
                .body("error", equalTo("category_not_found"));
        anyone().get("/api/categories/no-such-category-slug").then().statusCode(404)
                .body("error", equalTo("category_not_found"));
    }

    @Test
    void aCategoryMovesUnderAnotherParentAndPosition() {
        String a = api.category(unique("A"), null);
        String b = api.category(unique("B"), null);
        String child = api.category("Child", a);

        api.admin().body(Map.of("name", "Child", "parentId", b, "position", 7))
                .put("/api/categories/" + child).then().statusCode(200)
                .body("parentId", equalTo(b)).body("position", equalTo(7)).body("path.id", contains(b));
        anyone().get("/api/categories/" + a).then().body("children", org.hamcrest.Matchers.empty());
        anyone().get("/api/categories/" + b).then().body("children.id", contains(child));
    }

    @Test
    void movingACategoryUnderItselfOrADescendantIsACycle() {
        String top = api.category(unique("Top"), null);
        String mid = api.category("Mid", top);
        String low = api.category("Low", mid);

        api.admin().body(Map.of("name", "Top", "parentId", low)).put("/api/categories/" + top)
                .then().statusCode(409).body("error", equalTo("category_cycle"));
        api.admin().body(Map.of("name", "Top", "parentId", top)).put("/api/categories/" + top)
                .then().statusCode(409).body("error", equalTo("category_cycle"));
        anyone().get("/api/categories/" + top).then().body("parentId", nullValue());
    }

    @Test
    void deletingACategoryWithChildrenOrProductsIsRefusedUnlessTheyAreMoved() {
        String doomed = api.category(unique("Doomed"), null);
        String child = api.category("Child", doomed);
        var product = CatalogApi.product("Lampe", "19.90", 3);
        product.put("categoryId", doomed);
        String productId = api.create(product);
        String heir = api.category(unique("Heir"), null);

        api.admin().delete("/api/categories/" + doomed).then().statusCode(409)
                .body("error", equalTo("category_not_empty"));
        api.admin().delete("/api/categories/" + doomed + "?moveTo=" + child).then().statusCode(409)
                .body("error", equalTo("category_cycle"));
        api.admin().delete("/api/categories/" + doomed + "?moveTo=" + heir).then().statusCode(204);

        anyone().get("/api/categories/" + doomed).then().statusCode(404);
        anyone().get("/api/categories/" + heir).then().body("children.id", contains(child));
        anyone().get("/api/products/" + productId).then().body("categoryId", equalTo(heir));
        anyone().get("/api/categories").then().body("data.id", not(hasItem(doomed)));
    }

    @Test
    void anEmptyCategoryIsDeleted() {
        String empty = api.category(unique("Empty"), null);
        api.admin().delete("/api/categories/" + empty).then().statusCode(204);
        api.admin().delete("/api/categories/" + empty).then().statusCode(404);
    }

    @Test
    void writingCategoriesNeedsTheCatalogPermission() {
        given().contentType(ContentType.JSON).body(Map.of("name", "X")).post("/api/categories")
                .then().statusCode(401).body("error", equalTo("unauthorized"));
        Contract.invalidRequest().contentType(ContentType.JSON).body("{}").post("/api/categories").then().statusCode(401);
        given().auth().oauth2(tokens.customer(UUID.randomUUID())).contentType(ContentType.JSON)
                .body(Map.of("name", "X")).post("/api/categories").then().statusCode(403)
                .body("error", equalTo("forbidden"));
        given().auth().oauth2(tokens.staff("orders:manage")).delete("/api/categories/" + UUID.randomUUID())
                .then().statusCode(403);
        given().auth().oauth2(tokens.staff("catalog:write")).contentType(ContentType.JSON)
                .body(Map.of("name", unique("Staff"))).post("/api/categories").then().statusCode(201);
    }

    @Test
    void anInvalidCategoryIsABadRequestNamingTheField() {
        api.admin().filter(Contract.INVALID_REQUEST).body(Map.of("description", "no name")).post("/api/categories").then().statusCode(400)
                .body("error", equalTo("invalid_data")).body("errors.field", hasItem("name"));
        api.admin().filter(Contract.INVALID_REQUEST).body(Map.of("name", "X", "slug", "Not A Slug")).post("/api/categories").then().statusCode(400)
                .body("errors.field", hasItem("slug"));
        api.admin().body(Map.of("name", "X", "parentId", UUID.randomUUID().toString())).post("/api/categories")
                .then().statusCode(400).body("errors.field", hasItem("parentId"));
    }
}
