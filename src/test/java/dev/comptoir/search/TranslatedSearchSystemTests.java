package dev.comptoir.search;

import static dev.comptoir.search.SearchApi.search;
import static dev.comptoir.search.SearchApi.word;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestTokens;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Search in the reader's language: each translation is indexed in its language's analysis (French
 * and English stemming, accents folded) and weighs most for readers of that language; the fallbacks
 * (the default language's translation, the base text) are searched too. The test profile's market
 * reads en (its default) and fr.
 */
@SystemTest
class TranslatedSearchSystemTests {

    @Autowired
    TestTokens tokens;

    SearchApi api;

    @BeforeEach
    void setUp() {
        api = new SearchApi(tokens.admin());
    }

    private void translate(String id, String locale, Map<String, ?> texts) {
        api.admin().body(texts).put("/api/admin/products/{id}/translations/{locale}", id, locale).then()
                .statusCode(201);
    }

    private static String q(String locale, String text) {
        return "locale=" + locale + "&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void aFrenchQueryWithAccentsAndPluralsFindsTheFrenchName() {
        String w = word();
        String boot = api.create("Hiking boot " + w, "89.00", 5);
        translate(boot, "fr", Map.of("name", "Chaussure de randonnée " + w));
        search(q("fr", "chaussures randonnee " + w)).body("data.id", contains(boot))
                .body("data[0].name", equalTo("Chaussure de randonnée " + w));
        search(q("fr", "RANDONNÉES " + w)).body("data.id", contains(boot));
    }

    @Test
    void anEnglishQueryFindsTheEnglishNameInEnglishAnalysis() {
        String w = word();
        String bowl = api.create("Bol en céramique " + w, "14.00", 5);
        translate(bowl, "en", Map.of("name", "Ceramic bowls " + w, "description", "Glazed by hand"));
        // "bowl" and "glaze" are only in the translation, and only English stemming relates them to it
        search(q("en", "bowl " + w)).body("data.id", contains(bowl)).body("data[0].name", equalTo("Ceramic bowls " + w));
        search(q("en", "glaze " + w)).body("data.id", contains(bowl));
        search("q=" + URLEncoder.encode("bowl " + w, StandardCharsets.UTF_8)).body("data.id", contains(bowl));
    }

    @Test
    void aProductInTheOtherLanguageOnlyIsStillFoundByFallback() {
        String w = word();
        // no translation at all: the base text, searched in every language
        String candle = api.create("Bougie parfumée " + w, "18.00", 5);
        search(q("en", "bougies parfumees " + w)).body("data.id", contains(candle))
                .body("data[0].name", equalTo("Bougie parfumée " + w));
        // translated into the default language only: a French reader finds it through that fallback
        String blanket = api.create("Plaid " + w, "49.00", 5);
        translate(blanket, "en", Map.of("name", "Wool blankets " + w));
        search(q("fr", "blanket " + w)).body("data.id", contains(blanket))
                .body("data[0].name", equalTo("Wool blankets " + w));
    }

    @Test
    void aMatchInTheReadersLanguageRanksFirst() {
        String w = word();
        String translated = api.create("Desk lamp " + w, "35.00", 5);
        translate(translated, "fr", Map.of("name", "Lampe de bureau " + w));
        String untranslated = api.create("Desk lamp " + w, "35.00", 5); // newer: first on a tie
        search(q("fr", "bureau " + w)).body("data.id", contains(translated));
        search(q("fr", w)).body("data.id", contains(translated, untranslated));
        search(q("en", w)).body("data.id", contains(untranslated, translated));
    }

    @Test
    void translationsAreIndexedAtOnceFollowTheirChangesAndSurviveARebuild() {
        String w = word();
        String vase = api.create("Vase " + w, "25.00", 5);
        String category = api.category("Décoration " + w, null);
        api.patch(vase, Map.of("categoryId", category));
        translate(vase, "fr", Map.of("name", "Vase en grès " + w));
        search(q("fr", "gres " + w)).body("data.id", contains(vase));
        api.admin().body(Map.of("name", "Vase en verre " + w))
                .put("/api/admin/products/{id}/translations/fr", vase).then().statusCode(200);
        search(q("fr", "gres " + w)).body("data.size()", equalTo(0));
        search(q("fr", "verres " + w)).body("data.id", contains(vase));
        // a category's translated name is searched with its products, in its language
        api.admin().body(Map.of("name", "Luminaires " + w)).put("/api/admin/categories/{id}/translations/fr", category)
                .then().statusCode(201);
        search(q("fr", "luminaire " + w)).body("data.id", contains(vase));

        String job = api.admin().post("/api/admin/search/reindex").then().statusCode(202).extract().path("id");
        await().atMost(Duration.ofSeconds(60)).until(() -> !"running".equals(api.admin()
                .get("/api/admin/search/reindex/" + job).then().statusCode(200).extract().path("status")));
        search(q("fr", "verres " + w)).body("data.id", contains(vase));
        search(q("fr", "luminaire " + w)).body("data.id", contains(vase));

        api.admin().delete("/api/admin/products/{id}/translations/fr", vase).then().statusCode(204);
        search(q("fr", "verres " + w)).body("data.size()", equalTo(0));
    }
}
