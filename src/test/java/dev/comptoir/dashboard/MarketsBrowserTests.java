package dev.comptoir.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestAccounts.Account;
import dev.comptoir.support.TestTokens;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The markets screen: France (EUR, tax included, French and English) once its countries are taken out of
 * the default market, Switzerland (CHF) and Japan (JPY), each checked through the API. The markets made
 * here are deleted and the default market put back after each test, since all system tests share one
 * database.
 */
@BrowserTest
class MarketsBrowserTests {

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestTokens tokens;

    @Value("${comptoir.admin.password}")
    String adminPassword;

    private final List<String> created = new ArrayList<>();
    private JsonPath defaultMarket;

    private RequestSpecification admin() {
        return given().auth().oauth2(tokens.admin()).contentType("application/json");
    }

    @BeforeEach
    void keepTheDefaultMarket() {
        defaultMarket = admin().get("/api/admin/markets/default").then().statusCode(200).extract().jsonPath();
    }

    @AfterEach
    void deleteTheTestMarketsAndPutTheDefaultBack() {
        created.forEach(code -> admin().delete("/api/admin/markets/{code}", code));
        Map<String, Object> body = new HashMap<>();
        for (String member : List.of("name", "countries", "currency", "taxInclusive", "defaultLocale", "locales",
                "shippingZones")) {
            body.put(member, defaultMarket.get(member));
        }
        admin().body(body).put("/api/admin/markets/default").then().statusCode(200);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    private static Locator exact(Locator scope, String label) {
        return scope.getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
    }

    private Locator form(AdminUi ui) {
        return ui.page().locator("[data-test=market-form]");
    }

    /** Fills the new-market form, with one shipping zone. */
    private void fillMarket(AdminUi ui, String code, String name, String countries, String currency, String locales,
            String defaultLocale, String zoneName, String flatRate, String freeAbove) {
        ui.go("#/markets/new", "New market");
        Locator form = form(ui);
        exact(form, "Code").fill(code);
        exact(form, "Name").fill(name);
        exact(form, "Currency").fill(currency);
        exact(form, "Countries").fill(countries);
        exact(form, "Languages").fill(locales);
        exact(form, "Default language").fill(defaultLocale);
        exact(form, "Prices include tax (VAT of the first country)").check();
        Locator zone = form.locator("[data-zone='0']");
        exact(zone, "Zone name").fill(zoneName);
        exact(zone, "Zone countries").fill(countries);
        exact(zone, "Flat rate").fill(flatRate);
        exact(zone, "Free above").fill(freeAbove);
        exact(zone, "Days (min)").fill("1");
        exact(zone, "Days (max)").fill("3");
    }

    private JsonPath market(String code) {
        return admin().get("/api/admin/markets/{code}", code).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void franceIsRefusedWhileTheDefaultMarketHasItsCountriesThenCreatedOnceTheyAreTakenOut(AdminUi ui) {
        String code = unique("fr");
        ui.signIn(accounts.adminEmail(), adminPassword).go("#/markets", "Markets");
        assertThat(ui.page().locator("tr[data-market=default]")).containsText("Default");

        fillMarket(ui, code, "France", "FR, MC", "EUR", "fr, en", "fr", "france", "4.90", "60");
        ui.button("Create the market").click();

        assertThat(ui.alert().first()).containsText("A country of this market is in another market");
        assertThat(exact(form(ui), "Countries")).hasAttribute("aria-invalid", "true");
        assertThat(ui.page().getByText("Countries: FR is in market default")).isVisible();

        // the default market gives up France and Monaco; it cannot be deleted, so it offers no delete
        ui.go("#/markets/default", defaultMarket.getString("name"));
        assertThat(ui.button("Delete the market")).hasCount(0);
        List<String> others = new ArrayList<>(defaultMarket.getList("countries", String.class));
        others.removeAll(List.of("FR", "MC"));
        exact(form(ui), "Countries").fill(String.join(", ", others));
        ui.button("Save").click();
        assertThat(ui.status()).hasText("Saved.");
        assertThat(market("default").getList("countries")).doesNotContain("FR", "MC").hasSize(others.size());

        fillMarket(ui, code, "France", "FR, MC", "EUR", "fr, en", "fr", "france", "4.90", "60");
        ui.button("Create the market").click();
        created.add(code);

        assertThat(ui.heading()).hasText("France");
        ui.screenshot("20-market-france");
        JsonPath france = market(code);
        assertThat(france.getString("currency")).isEqualTo("EUR");
        assertThat(france.getBoolean("taxInclusive")).isTrue();
        assertThat(france.getList("countries")).containsExactly("FR", "MC");
        assertThat(france.getList("locales")).containsExactly("fr", "en");
        assertThat(france.getString("defaultLocale")).isEqualTo("fr");
        assertThat(france.getString("shippingZones[0].name")).isEqualTo("france");
        assertThat(france.getString("shippingZones[0].flatRate")).isEqualTo("4.9");
        assertThat(france.getString("shippingZones[0].freeAbove")).isEqualTo("60.0");
        assertThat((String) given().queryParam("country", "FR").get("/api/markets/current").then().statusCode(200)
                .extract().path("code")).isEqualTo(code);
    }

    @Test
    void switzerlandInFrancsAndJapanInYenWithoutDecimalsAreCreatedThenJapanIsDeleted(AdminUi ui) {
        String ch = unique("ch");
        String jp = unique("jp");
        ui.signIn(accounts.adminEmail(), adminPassword);

        fillMarket(ui, ch, "Switzerland", "CH, LI", "CHF", "fr, de, en", "fr", "switzerland", "9.00", "100");
        ui.button("Create the market").click();
        created.add(ch);
        assertThat(ui.heading()).hasText("Switzerland");

        fillMarket(ui, jp, "Japan", "JP", "JPY", "ja, en", "ja", "japan", "1500.5", "10000");
        ui.button("Create the market").click();
        assertThat(ui.alert().first()).hasText("An amount has more decimals than its currency allows.");
        Locator flatRate = exact(form(ui).locator("[data-zone='0']"), "Flat rate");
        assertThat(flatRate).hasAttribute("aria-invalid", "true");
        assertThat(flatRate).hasAttribute("step", "1");
        flatRate.fill("1500");
        ui.button("Create the market").click();
        created.add(jp);
        assertThat(ui.heading()).hasText("Japan");

        JsonPath switzerland = market(ch);
        assertThat(switzerland.getString("currency")).isEqualTo("CHF");
        assertThat(switzerland.getList("countries")).containsExactly("CH", "LI");
        assertThat(switzerland.getList("locales")).containsExactly("fr", "de", "en");
        assertThat(switzerland.getString("shippingZones[0].flatRate")).isEqualTo("9.0");
        JsonPath japan = market(jp);
        assertThat(japan.getString("currency")).isEqualTo("JPY");
        assertThat(japan.getBoolean("taxInclusive")).isTrue();
        assertThat(japan.getString("shippingZones[0].flatRate")).isEqualTo("1500");

        ui.go("#/markets", "Markets");
        assertThat(ui.page().locator("tr[data-market=" + jp + "]")).containsText("japan ¥1,500");
        assertThat(ui.page().locator("tr[data-market=" + jp + "]")).containsText("Tax included");
        assertThat(ui.page().locator("tr[data-market=" + ch + "]")).containsText("CHF");
        ui.screenshot("21-markets");

        ui.page().onDialog(dialog -> dialog.accept());
        ui.page().locator("tr[data-market=" + jp + "]").getByRole(AriaRole.LINK).click();
        assertThat(ui.heading()).hasText("Japan");
        ui.button("Delete the market").click();
        assertThat(ui.heading()).hasText("Markets");
        assertThat(ui.page().locator("tr[data-market=" + jp + "]")).hasCount(0);
        admin().get("/api/admin/markets/{code}", jp).then().statusCode(404);
    }

    @Test
    void aMarketingAccountIsNotOfferedMarketsButPriceListsAndGroups(AdminUi ui) {
        Account marketing = accounts.withRole("marketing");
        ui.signIn(marketing.email(), marketing.password());

        assertThat(ui.menu("Price lists")).isVisible();
        assertThat(ui.menu("Customer groups")).isVisible();
        assertThat(ui.menu("Markets")).hasCount(0);
        ui.go("#/markets", "Markets");
        assertThat(ui.alert()).hasText("You do not have permission to do this.");
        assertThat(ui.page().getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("New market"))).hasCount(0);
    }

    @Test
    void theMarketsPriceListsAndGroupsScreensSpeakFrenchAndFitATablet(AdminUi ui) {
        ui.page().setViewportSize(820, 1180);
        ui.signIn(accounts.adminEmail(), adminPassword);
        ui.page().getByLabel("Language").selectOption("fr");

        for (String[] screen : new String[][] {{"#/markets", "Marchés"}, {"#/markets/new", "Nouveau marché"},
                {"#/price-lists", "Listes de prix"}, {"#/price-lists/new", "Nouvelle liste de prix"},
                {"#/customer-groups", "Groupes de clients"}}) {
            ui.go(screen[0], screen[1]);
            assertThat(ui.page().evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                    .as(screen[1]).isEqualTo(true);
        }
        ui.go("#/markets", "Marchés");
        assertThat(ui.page().locator("tr[data-market=default]")).containsText("Par défaut");
        assertThat(ui.page().locator("tr[data-market=default]")).containsText("HT");
        ui.screenshot("25-markets-fr-tablet");
    }
}
