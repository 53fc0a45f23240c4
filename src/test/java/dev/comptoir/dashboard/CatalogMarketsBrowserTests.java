package dev.comptoir.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestAccounts.Account;
import dev.comptoir.support.TestCatalog;
import dev.comptoir.support.TestCatalog.Sku;
import dev.comptoir.support.TestTokens;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The product and category screens in several markets: a price per market currency and texts per market
 * language, checked on the storefront API. A Japan market (JPY, Japanese, English and French) is made by
 * the API for each test and deleted after it.
 */
@BrowserTest
class CatalogMarketsBrowserTests {

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestCatalog catalog;

    @Autowired
    TestTokens tokens;

    private String japan;

    @BeforeEach
    void aJapanMarket() {
        japan = "jp-" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> zone = Map.of("name", "japan", "countries", List.of("JP"), "flatRate", new BigDecimal("1500"),
                "deliveryDaysMin", 2, "deliveryDaysMax", 5);
        given().auth().oauth2(tokens.admin()).contentType("application/json")
                .body(Map.of("code", japan, "name", "Japan", "countries", List.of("JP"), "currency", "JPY",
                        "taxInclusive", true, "defaultLocale", "ja", "locales", List.of("ja", "en", "fr"),
                        "shippingZones", List.of(zone)))
                .post("/api/admin/markets").then().statusCode(201);
    }

    @AfterEach
    void deleteTheMarket() {
        given().auth().oauth2(tokens.admin()).delete("/api/admin/markets/{code}", japan).then().statusCode(204);
    }

    private AdminUi signedIn(AdminUi ui) {
        Account manager = accounts.withRole("catalog_manager");
        ui.page().onDialog(dialog -> dialog.accept());
        return ui.signIn(manager.email(), manager.password());
    }

    private static Locator exact(Locator scope, String label) {
        return scope.getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
    }

    private Response storefront(String path, Object id) {
        return given().header("Accept-Language", "fr").queryParam("market", japan).get(path, id);
    }

    @Test
    void aProductGetsItsYenPriceAndFrenchTextsFromTheScreenAndTheStorefrontSellsThemInJapan(AdminUi ui) {
        Sku sku = catalog.product("49.00", 5);
        String ownName = "Test product " + sku.sku();
        storefront("/api/products/{id}", sku.productId()).then().statusCode(404);
        signedIn(ui).go("#/products/" + sku.productId(), ownName);

        Locator yen = ui.page().locator("[data-test=prices] tr[data-currency=JPY]");
        assertThat(yen).containsText("Japan");
        assertThat(exact(yen, "Price in JPY")).hasAttribute("step", "1");
        exact(yen, "Price in JPY").fill("1500");
        ui.button("Save").click();
        assertThat(ui.status()).hasText("Saved.");
        List<Map<String, Object>> prices = given().auth().oauth2(tokens.admin())
                .get("/api/admin/products/{id}", sku.productId()).then().statusCode(200).extract().path("prices");
        assertThat(prices).extracting(p -> p.get("currency") + " " + p.get("amount")).contains("EUR 49.0", "JPY 1500");

        Locator variants = ui.page().locator("section[aria-labelledby=variants-h]");
        variants.getByLabel("SKU").fill(sku.sku() + "-XL");
        variants.getByLabel("Name").fill("XL");
        exact(variants, "Price in JPY (empty: the product's)").fill("1800");
        ui.button("Add variant").click();
        assertThat(variants.locator("[data-test=variant-prices]")).hasText("¥1,800");
        List<Map<String, Object>> variantPrices = given().auth().oauth2(tokens.admin())
                .get("/api/admin/products/{id}", sku.productId()).then().statusCode(200)
                .extract().path("variants[0].prices");
        assertThat(variantPrices).extracting(p -> p.get("currency") + " " + p.get("amount")).contains("JPY 1800");

        Locator translations = ui.page().locator("[data-test=translations]");
        translations.locator("button[data-locale=fr]").click();
        assertThat(translations).containsText("Spoken in: ");
        Locator form = ui.page().locator("[data-test=translation-form]");
        String slug = "lampe-" + sku.sku().toLowerCase();
        exact(form, "Name").fill("Lampe de bureau " + sku.sku());
        exact(form, "Slug").fill(slug);
        exact(form, "Description").fill("Une lampe qui dure.");
        exact(form, "SEO title").fill("Lampe de bureau durable");
        ui.button("Save in French").click();
        assertThat(translations.locator("[role=status]")).hasText("French texts saved.");
        assertThat(translations.locator("button[data-locale=fr]")).containsText("✓");
        ui.screenshot("24-product-markets");

        storefront("/api/products/{id}", sku.productId()).then().statusCode(200)
                .header("Content-Language", "fr")
                .body("market", equalTo(japan))
                .body("currency", equalTo("JPY"))
                .body("priceExclTax", equalTo(1500))
                .body("name", equalTo("Lampe de bureau " + sku.sku()))
                .body("slug", equalTo(slug))
                .body("seoTitle", equalTo("Lampe de bureau durable"));

        ui.button("Remove this translation").click();
        assertThat(translations.locator("[role=status]")).hasText("French translation removed.");
        assertThat(exact(form, "Name")).hasValue("");
        storefront("/api/products/{id}", sku.productId()).then().statusCode(200)
                .body("name", equalTo(ownName));
    }

    @Test
    void aCategoryGetsItsFrenchNameFromTheScreen(AdminUi ui) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String id = given().auth().oauth2(tokens.admin()).contentType("application/json")
                .body(Map.of("name", "Lighting " + suffix)).post("/api/categories").then().statusCode(201)
                .extract().path("id");
        signedIn(ui).go("#/categories", "Categories");
        ui.page().locator("[data-test=categories]").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Lighting " + suffix)).click();
        assertThat(ui.heading()).hasText("Lighting " + suffix);

        ui.page().locator("[data-test=translations] button[data-locale=fr]").click();
        Locator form = ui.page().locator("[data-test=translation-form]");
        exact(form, "Name").fill("Luminaires " + suffix);
        exact(form, "Slug").fill("luminaires-" + suffix);
        ui.button("Save in French").click();
        assertThat(ui.status()).hasText("French texts saved.");

        storefront("/api/categories/{id}", id).then().statusCode(200)
                .header("Content-Language", "fr")
                .body("name", equalTo("Luminaires " + suffix))
                .body("slug", equalTo("luminaires-" + suffix));
        given().auth().oauth2(tokens.admin()).get("/api/admin/categories/{id}", id).then().statusCode(200)
                .body("name", equalTo("Lighting " + suffix))
                .body("translations[0].locale", equalTo("fr"));
    }
}
