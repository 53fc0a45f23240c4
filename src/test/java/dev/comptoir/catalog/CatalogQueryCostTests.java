package dev.comptoir.catalog;

import static dev.comptoir.catalog.CatalogApi.anyone;
import static dev.comptoir.catalog.CatalogApi.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.comptoir.support.SqlStatements;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestTokens;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * SQL statements per public read, as Hibernate prepares them (recorded by SqlStatements in tests):
 * bounded whatever the number of variants, images and categories.
 */
@SystemTest
class CatalogQueryCostTests {

    @Autowired
    TestTokens tokens;

    CatalogApi api;

    @BeforeEach
    void setUp() {
        api = new CatalogApi(tokens.admin());
    }

    private long statements(Runnable request) {
        SqlStatements.reset();
        request.run();
        return SqlStatements.count();
    }

    @Test
    void aProductPageWithThirtyVariantsAndTenImagesCostsAtMostFourStatements() {
        String category = api.category(unique("Cost"), null);
        Map<String, Object> body = CatalogApi.productWith("Gros produit", 30, 10);
        body.put("categoryId", category);
        String id = api.create(body);

        long count = statements(() -> anyone().get("/api/products/" + id).then().statusCode(200)
                .body("variants.size()", equalTo(30)).body("images.size()", equalTo(10))
                .body("category.id", equalTo(category)));
        assertThat(count).isBetween(1L, 4L);
    }

    @Test
    void aListingPageOfTwentyRichProductsCostsAtMostFiveStatements() {
        String parent = api.category(unique("CostList"), null);
        String category = api.category("Sub", parent);
        for (int i = 0; i < 21; i++) {
            Map<String, Object> body = CatalogApi.productWith("Produit " + i, 30, 10);
            body.put("categoryId", category);
            api.create(body);
        }
        long count = statements(() -> anyone().get("/api/products?limit=20&category=" + parent
                        + "&inStock=true&sort=price_asc").then().statusCode(200)
                .body("data.size()", equalTo(20))
                .body("data[19].variants.size()", equalTo(30))
                .body("data[19].images.size()", equalTo(10))
                .body("pagination.total", equalTo(21)));
        assertThat(count).isBetween(1L, 5L);
    }

    @Test
    void theWholeCategoryTreeCostsOneStatement() {
        String root = api.category(unique("Deep"), null);
        String parent = root;
        for (int i = 0; i < 6; i++) {
            parent = api.category("Level " + i, parent);
            api.category("Sibling " + i, parent);
        }
        assertThat(statements(() -> anyone().get("/api/categories").then().statusCode(200))).isEqualTo(1L);
        String leaf = parent;
        assertThat(statements(() -> anyone().get("/api/categories/" + leaf).then().statusCode(200)
                .body("path.size()", equalTo(6)))).isEqualTo(1L);
    }
}
