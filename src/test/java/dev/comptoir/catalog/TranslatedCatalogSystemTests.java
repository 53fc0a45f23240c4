package dev.comptoir.catalog;

import static dev.comptoir.catalog.CatalogApi.anyone;
import static dev.comptoir.catalog.CatalogApi.product;
import static dev.comptoir.catalog.CatalogApi.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import dev.comptoir.support.Contract;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestTokens;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Storefront reads in the reader's language: {@code locale}, else {@code Accept-Language}, within the
 * default market's languages (en, the default, and fr in the test profile); a missing text falls back
 * to the default language's translation, then to the base text.
 */
@SystemTest
class TranslatedCatalogSystemTests {

    @Autowired
    TestTokens tokens;

    @Autowired
    TestAccounts accounts;

    CatalogApi api;

    @BeforeEach
    void setUp() {
        api = new CatalogApi(tokens.admin());
    }

    private void translate(String product, String locale, Map<String, ?> texts) {
        api.admin().body(texts).put("/api/admin/products/{id}/translations/{locale}", product, locale).then()
                .statusCode(201);
    }

    private void translateCategory(String category, String locale, Map<String, ?> texts) {
        api.admin().body(texts).put("/api/admin/categories/{id}/translations/{locale}", category, locale).then()
                .statusCode(201);
    }

    @Test
    void aProductReadsInTheAskedLanguageFieldByFieldWithFallbacks() {
        String category = api.category(unique("Mobilier"), null);
        translateCategory(category, "fr", Map.of("name", "Meubles"));
        translateCategory(category, "en", Map.of("name", "Furniture"));
        Map<String, Object> body = product("Chaise en chêne", "89.00", 4);
        body.put("description", "Une chaise.");
        body.put("shortDescription", "Chêne");
        body.put("seoTitle", "Chaise");
        body.put("categoryId", category);
        String id = api.create(body);
        String baseSlug = api.admin().get("/api/admin/products/" + id).then().extract().path("slug");
        String frSlug = unique("chaise-chene-massif");
        translate(id, "en", Map.of("name", "Oak chair", "description", "A chair."));
        translate(id, "fr", Map.of("name", "Chaise en chêne massif", "slug", frSlug));

        anyone().queryParam("locale", "fr").get("/api/products/" + id).then().statusCode(200)
                .header("Content-Language", "fr")
                .body("locale", equalTo("fr"))
                .body("name", equalTo("Chaise en chêne massif"))
                .body("slug", equalTo(frSlug))
                .body("description", equalTo("A chair."))      // fr has none: the default language's
                .body("shortDescription", equalTo("Chêne"))     // neither has one: the base text
                .body("seoTitle", equalTo("Chaise"))
                .body("category.name", equalTo("Meubles"))
                .body("translations", nullValue());
        anyone().header("Accept-Language", "fr-CA,fr;q=0.9,en;q=0.5").get("/api/products/" + id).then()
                .header("Content-Language", "fr").body("name", equalTo("Chaise en chêne massif"));
        assertThat(anyone().get("/api/products/" + id).then().extract().headers().getValues("Vary"))
                .anySatisfy(v -> assertThat(v).contains("Accept-Language"));

        // no language asked, or one the market does not sell in: its default language, English
        anyone().get("/api/products/" + id).then().header("Content-Language", "en").body("locale", equalTo("en"))
                .body("name", equalTo("Oak chair")).body("slug", equalTo(baseSlug))
                .body("shortDescription", equalTo("Chêne")).body("category.name", equalTo("Furniture"));
        anyone().header("Accept-Language", "de-DE,de;q=0.9").get("/api/products/" + id).then()
                .header("Content-Language", "en").body("name", equalTo("Oak chair"));
        // the locale parameter wins; one the market does not sell in is as if not asked
        anyone().header("Accept-Language", "fr").queryParam("locale", "en").get("/api/products/" + id).then()
                .header("Content-Language", "en");
        anyone().header("Accept-Language", "fr").queryParam("locale", "de").get("/api/products/" + id).then()
                .header("Content-Language", "fr");
        Contract.invalidRequest().queryParam("locale", "fr_FR!").get("/api/products/" + id).then().statusCode(400)
                .body("error", equalTo("invalid_data")).body("errors[0].field", equalTo("locale"));

        // the translated slug finds the product, in its language and (a shared link) in the others
        anyone().queryParam("locale", "fr").get("/api/products/" + frSlug).then().statusCode(200)
                .body("id", equalTo(id));
        anyone().get("/api/products/" + frSlug).then().statusCode(200).body("id", equalTo(id))
                .body("name", equalTo("Oak chair"));
        anyone().get("/api/products/" + baseSlug).then().statusCode(200).body("id", equalTo(id));

        // the admin's read is the product's own, whatever the reader's language
        api.admin().header("Accept-Language", "fr").get("/api/admin/products/" + id).then()
                .body("name", equalTo("Chaise en chêne")).body("translations.locale", contains("en", "fr"));
    }

    @Test
    void aSlugSharedByTwoLanguagesFindsTheProductOfTheReadsLanguage() {
        String english = api.create(product("Sac de voyage", "60.00", 3));
        String french = api.create(product("Travel bag", "60.00", 3));
        String slug = unique("bag");
        translate(english, "en", Map.of("slug", slug));
        translate(french, "fr", Map.of("slug", slug));
        anyone().queryParam("locale", "en").get("/api/products/" + slug).then().body("id", equalTo(english));
        anyone().queryParam("locale", "fr").get("/api/products/" + slug).then().body("id", equalTo(french));
    }

    @Test
    void theListingFacetsAndCategoriesReadInTheAskedLanguage() {
        String root = api.category(unique("Maison"), null);
        String rootFrSlug = unique("maison-fr");
        translateCategory(root, "fr", Map.of("name", "La maison", "slug", rootFrSlug, "description", "Tout"));
        translateCategory(root, "en", Map.of("name", "Home"));
        String childName = unique("Cuisine");
        String child = api.category(childName, root);
        translateCategory(child, "fr", Map.of("name", "Cuisine et arts"));
        String kettle = api.create(in(product("Kettle", "39.00", 5), child));
        translate(kettle, "fr", Map.of("name", "Bouilloire"));
        String bowl = api.create(in(product("Bowl", "12.00", 5), child));
        translate(bowl, "fr", Map.of("name", "Assiette creuse"));

        // the category filter takes a translated slug; the page says its language
        anyone().queryParam("locale", "fr").get("/api/products?category=" + rootFrSlug + "&sort=name&facets=true")
                .then().statusCode(200).header("Content-Language", "fr")
                .body("locale", equalTo("fr"))
                .body("data.name", contains("Assiette creuse", "Bouilloire"))   // sorted by the French names
                .body("data.locale", everyItem(equalTo("fr")))
                .body("data[0].category.name", equalTo("Cuisine et arts"))
                .body("facets.categories.name", contains("Cuisine et arts"));
        anyone().get("/api/products?category=" + root + "&sort=name").then()
                .header("Content-Language", "en").body("locale", equalTo("en"))
                .body("data.name", contains("Bowl", "Kettle"))
                .body("data[0].category.name", equalTo(childName));

        anyone().queryParam("locale", "fr").get("/api/categories").then().statusCode(200)
                .header("Content-Language", "fr").body("locale", equalTo("fr"))
                .body("data.find { it.id == '" + root + "' }.name", equalTo("La maison"))
                .body("data.find { it.id == '" + root + "' }.children[0].name", equalTo("Cuisine et arts"));
        anyone().get("/api/categories").then().header("Content-Language", "en")
                .body("data.find { it.id == '" + root + "' }.name", equalTo("Home"));
        anyone().queryParam("locale", "fr").get("/api/categories/" + rootFrSlug).then().statusCode(200)
                .body("id", equalTo(root)).body("name", equalTo("La maison")).body("description", equalTo("Tout"))
                .body("slug", equalTo(rootFrSlug)).body("locale", equalTo("fr"))
                .body("children.name", contains("Cuisine et arts"));
        anyone().queryParam("locale", "fr").get("/api/categories/" + child).then()
                .body("path.name", contains("La maison")).body("path.slug", contains(rootFrSlug));
        anyone().get("/api/categories/" + rootFrSlug).then().statusCode(200).body("name", equalTo("Home"));
    }

    @Test
    void suggestionsMatchAndNameInTheAskedLanguage() {
        String word = unique("zorvex").replace("-", "");
        String id = api.create(product("Lampe " + word, "25.00", 5));
        String frSlug = unique("lampe-fr");
        translate(id, "fr", Map.of("name", "Lampe de chevet " + word, "slug", frSlug));
        translate(id, "en", Map.of("name", "Bedside lamp " + word));

        anyone().queryParam("locale", "fr").queryParam("q", "chev").get("/api/products/suggest").then()
                .statusCode(200).header("Content-Language", "fr").body("locale", equalTo("fr"))
                .body("data.id", hasItem(id))
                .body("data.find { it.id == '" + id + "' }.name", equalTo("Lampe de chevet " + word))
                .body("data.find { it.id == '" + id + "' }.slug", equalTo(frSlug));
        String prefix = word.substring(0, word.length() - 1);
        anyone().queryParam("q", "bedside " + prefix).get("/api/products/suggest").then()
                .body("data.id", contains(id)).body("data[0].name", equalTo("Bedside lamp " + word));
        // the English reader does not match the French text (only its own, its fallback's and the base)
        anyone().queryParam("q", "chevet " + prefix).get("/api/products/suggest").then()
                .body("data.size()", equalTo(0));
    }

    @Test
    void theResponseCacheKeepsOneAnswerPerLanguageAndForgetsItOnATranslation() {
        String id = api.create(product("Coussin", "19.00", 5));
        translate(id, "fr", Map.of("name", "Coussin brodé"));
        String path = "/api/products/" + id;
        anyone().header("Accept-Language", "fr").get(path).then().header("X-Cache", "MISS")
                .header("Content-Language", "fr").body("name", equalTo("Coussin brodé"));
        anyone().header("Accept-Language", "en").get(path).then().header("X-Cache", "MISS")
                .header("Content-Language", "en").body("name", equalTo("Coussin"));
        // another header choosing the same language shares the answer, with its language
        ExtractableResponse<Response> hit = anyone().header("Accept-Language", "fr-FR,fr;q=0.9").get(path).then()
                .header("X-Cache", "HIT").header("Content-Language", "fr").body("name", equalTo("Coussin brodé"))
                .extract();
        assertThat(hit.headers().getValues("Vary")).anySatisfy(v -> assertThat(v).contains("Accept-Language"));
        anyone().queryParam("locale", "en").header("Accept-Language", "fr").get(path).then()
                .header("Content-Language", "en").body("name", equalTo("Coussin"));

        api.admin().body(Map.of("name", "Coussin en lin")).put("/api/admin/products/{id}/translations/fr", id).then()
                .statusCode(200);
        anyone().header("Accept-Language", "fr").get(path).then().header("X-Cache", "MISS")
                .body("name", equalTo("Coussin en lin"));
        api.admin().delete("/api/admin/products/{id}/translations/fr", id).then().statusCode(204);
        anyone().header("Accept-Language", "fr").get(path).then().header("X-Cache", "MISS")
                .header("Content-Language", "fr").body("name", equalTo("Coussin"));
    }

    @Test
    void aMarketAnswersInItsLanguagesFallingBackToItsDefault() {
        String code = unique("sm").toLowerCase();
        String id = api.create(product("Bouilloire", "39.00", 5));
        // Italian is no language of the default market: not translatable yet
        api.admin().body(Map.of("name", "Bollitore")).put("/api/admin/products/{id}/translations/it", id).then()
                .statusCode(400).body("error", equalTo("unsupported_locale"));
        api.admin().body(Map.of("code", code, "name", "San Marino", "countries", List.of("SM"), "currency", "EUR",
                "taxInclusive", true, "defaultLocale", "it", "locales", List.of("it", "en"),
                "shippingZones", List.of(Map.of("name", "sm", "countries", List.of("SM"), "flatRate", 5,
                        "deliveryDaysMin", 2, "deliveryDaysMax", 4))))
                .post("/api/admin/markets").then().statusCode(201);
        try {
            translate(id, "it", Map.of("name", "Bollitore"));
            translate(id, "en", Map.of("description", "A steel kettle."));

            // an English reader in San Marino: English where there is some, then the market's Italian
            anyone().queryParam("market", code).header("Accept-Language", "en").get("/api/products/" + id).then()
                    .statusCode(200).header("Content-Language", "en").body("name", equalTo("Bollitore"))
                    .body("description", equalTo("A steel kettle."));
            // French is not a language of that market: its default
            anyone().queryParam("market", code).header("Accept-Language", "fr").get("/api/products/" + id).then()
                    .header("Content-Language", "it").body("name", equalTo("Bollitore")).body("description",
                            nullValue());
            anyone().queryParam("country", "SM").get("/api/products/" + id).then().header("Content-Language", "it");
            anyone().header("X-Market", code).queryParam("q", "BOLLITORE").get("/api/products").then()
                    .body("locale", equalTo("it")).body("data.id", contains(id));
            // the cache keeps the markets apart: the same path in English is another text in each
            anyone().header("X-Market", code).header("Accept-Language", "en").get("/api/products/" + id).then()
                    .body("name", equalTo("Bollitore"));
            anyone().header("Accept-Language", "en").get("/api/products/" + id).then()
                    .body("name", equalTo("Bouilloire"));
            // the default market has no Italian: its English reader gets the base name
            anyone().queryParam("locale", "it").get("/api/products/" + id).then().header("Content-Language", "en")
                    .body("name", equalTo("Bouilloire"));
            Contract.request().queryParam("market", "no-such-market").get("/api/categories").then().statusCode(400)
                    .body("error", equalTo("unknown_market"));
        } finally {
            api.admin().delete("/api/admin/markets/{code}", code).then().statusCode(204);
        }
    }

    @Test
    void aWishlistNamesItsProductsInTheReadersLanguage() {
        String id = api.create(product("Tapis berbère", "150.00", 2));
        String slug = unique("berber-rug");
        translate(id, "en", Map.of("name", "Berber rug", "slug", slug));
        translate(id, "fr", Map.of("name", "Tapis berbère tissé main"));
        String untranslated = api.create(product("Pouf en cuir", "80.00", 2));
        String customer = accounts.register().accessToken();
        Contract.request().auth().oauth2(customer).contentType("application/json").header("Accept-Language", "fr")
                .body(Map.of("productId", id)).post("/api/users/me/wishlist").then().statusCode(201)
                .header("Content-Language", "fr").body("name", equalTo("Tapis berbère tissé main"));
        Contract.request().auth().oauth2(customer).contentType("application/json")
                .body(Map.of("productId", untranslated)).post("/api/users/me/wishlist").then().statusCode(201);
        Contract.request().auth().oauth2(customer).get("/api/users/me/wishlist").then().statusCode(200)
                .header("Content-Language", "en")
                .body("data.name", contains("Pouf en cuir", "Berber rug"))
                .body("data[1].slug", equalTo(slug));
    }

    private static Map<String, Object> in(Map<String, Object> product, String category) {
        product.put("categoryId", category);
        return product;
    }
}
