package dev.comptoir.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestAccounts.Account;
import dev.comptoir.support.TestTokens;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Products, categories and the search index, as a catalog manager runs them. */
@BrowserTest
class CatalogBrowserTests {

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestTokens tokens;

    private AdminUi signedIn(AdminUi ui) {
        Account manager = accounts.withRole("catalog_manager");
        ui.page().onDialog(dialog -> dialog.accept());
        return ui.signIn(manager.email(), manager.password());
    }

    private String category(String name, String parentId) {
        Map<String, Object> body = parentId == null ? Map.of("name", name) : Map.of("name", name, "parentId", parentId);
        return given().auth().oauth2(tokens.admin()).contentType("application/json").body(body)
                .post("/api/categories").then().statusCode(201).extract().path("id");
    }

    private JsonPath product(String id) {
        return given().auth().oauth2(tokens.admin()).get("/api/admin/products/{id}", id).then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void aProductIsCreatedWithAVariantCategoryAndSeoThenGetsAnImageAndIsSoftDeleted(AdminUi ui) {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String categoryName = "Lamps " + suffix;
        String categoryId = category(categoryName, null);
        signedIn(ui).go("#/products", "Products");
        ui.page().getByText("New product").click();
        assertThat(ui.heading()).hasText("New product");

        ui.page().getByLabel("Name", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).first()
                .fill("Desk lamp " + suffix);
        ui.page().locator("[data-test=product-form]").getByLabel("SKU").fill("LAMP-" + suffix);
        ui.page().getByLabel("Price (EUR)", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).fill("-1");
        ui.page().getByLabel("Category").selectOption(categoryId);
        ui.page().getByLabel("SEO title").fill("A desk lamp that lasts");
        ui.page().locator("section[aria-labelledby=variants-h]").getByLabel("SKU").fill("LAMP-" + suffix + "-BLK");
        ui.page().locator("section[aria-labelledby=variants-h]").getByLabel("Name").fill("Black");
        ui.page().getByLabel("Options").fill("color=black");
        ui.page().locator("section[aria-labelledby=variants-h]").getByLabel("Stock").fill("6");
        ui.button("Add variant").click();
        assertThat(ui.page().locator("[data-test=variants] tbody tr")).hasCount(1);

        ui.button("Create").click();
        assertThat(ui.page().getByText("Price (EUR): must be at least 0")).isVisible();
        ui.page().getByLabel("Price (EUR)", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).fill("49.00");
        ui.button("Create").click();

        assertThat(ui.heading()).hasText("Desk lamp " + suffix);
        String id = ui.page().url().replaceFirst(".*#/products/", "");
        ui.page().getByLabel("Image URL").fill("https://images.example.com/lamp-" + suffix + ".jpg");
        ui.page().getByLabel("Alternative text").fill("The lamp, lit");
        ui.button("Add image").click();
        assertThat(ui.page().locator("[data-test=images] tbody tr")).hasCount(1);
        ui.screenshot("12-product");

        JsonPath saved = product(id);
        assertThat(saved.getString("price")).isEqualTo("49.0");
        assertThat(saved.getString("categoryId")).isEqualTo(categoryId);
        assertThat(saved.getString("seoTitle")).isEqualTo("A desk lamp that lasts");
        assertThat(saved.getString("variants[0].sku")).isEqualTo("LAMP-" + suffix + "-BLK");
        assertThat(saved.getString("variants[0].options.color")).isEqualTo("black");
        assertThat(saved.getInt("variants[0].stock")).isEqualTo(6);
        assertThat(saved.getString("images[0].altText")).isEqualTo("The lamp, lit");

        ui.button("Delete").click();
        assertThat(ui.page().getByText("This product is deleted.")).isVisible();
        assertThat(product(id).getString("deletedAt")).isNotNull();
        ui.go("#/products?status=deleted", "Products");
        assertThat(ui.page().locator("[data-test=products]")).containsText("Desk lamp " + suffix);

        // the admin search finds a deleted product by part of its SKU, in any case
        var filters = ui.page().locator("form[role=search]");
        filters.getByLabel("Search").fill("lamp-" + suffix.toLowerCase());
        filters.locator("button[type=submit]").click();
        assertThat(ui.page().locator("[data-test=products] tbody tr")).hasCount(1);
        ui.page().locator("[data-test=products]").getByText("Desk lamp " + suffix).click();
        assertThat(ui.heading()).hasText("Desk lamp " + suffix);
        ui.button("Restore").click();
        assertThat(ui.page().getByText("Product restored: it is back in the shop.")).isVisible();
        assertThat(ui.page().getByText("This product is deleted.")).not().isVisible();
        assertThat(product(id).getString("deletedAt")).isNull();
        given().get("/api/products/{id}", id).then().statusCode(200);
    }

    @Test
    void aCategoryIsCreatedMovedUnderAnotherAndReordered(AdminUi ui) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String parentId = category("Garden " + suffix, null);
        category("Tools " + suffix, parentId);
        signedIn(ui).go("#/categories", "Categories");

        ui.page().locator("section[aria-labelledby=newcat-h]").getByLabel("Name").fill("Seeds " + suffix);
        ui.button("Create").click();
        assertThat(ui.status()).hasText("Category Seeds " + suffix + " created.");
        ui.screenshot("13-categories");

        ui.page().locator("tr[data-category=seeds-" + suffix + "] select").selectOption(parentId);
        var seeds = ui.page().locator("tr[data-category=seeds-" + suffix + "]");
        assertThat(seeds).hasAttribute("data-depth", "1");
        JsonPath tree = given().auth().oauth2(tokens.admin()).get("/api/categories/{id}", parentId).then().statusCode(200).extract().jsonPath();
        assertThat(tree.getList("children.name")).containsExactly("Tools " + suffix, "Seeds " + suffix);

        ui.button("Move Seeds " + suffix + " up").click();
        assertThat(ui.page().locator("tr[data-category$='-" + suffix + "']").nth(1)).hasAttribute("data-category",
                "seeds-" + suffix);
        tree = given().auth().oauth2(tokens.admin()).get("/api/categories/{id}", parentId).then().statusCode(200).extract().jsonPath();
        assertThat(tree.getList("children.name")).containsExactly("Seeds " + suffix, "Tools " + suffix);
    }

    @Test
    void theSearchIndexIsRebuiltWithItsProgressShown(AdminUi ui) {
        signedIn(ui).go("#/search", "Search");

        ui.button("Rebuild the index").click();

        assertThat(ui.page().locator("[data-test=reindex]")).hasAttribute("data-status", "completed");
        assertThat(ui.page().locator("[data-test=reindex]")).containsText("Completed");
        String text = ui.page().locator("[data-test=reindex] p").first().textContent();
        assertThat(text).matches("Completed · ([0-9,]+) of \\1 products");
        ui.screenshot("14-search-reindex");
    }
}
