package dev.comptoir.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Request;
import dev.comptoir.support.GuestOrders;
import dev.comptoir.support.GuestOrders.Placed;
import dev.comptoir.support.Outbox;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestCatalog;
import dev.comptoir.support.TestCatalog.Sku;
import dev.comptoir.support.TestPayments;
import dev.comptoir.support.TestTokens;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

@BrowserTest
class HomeBrowserTests {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final long FIRST_LOAD_BUDGET = 300 * 1024;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestCatalog catalog;

    @Autowired
    TestPayments payments;

    @Autowired
    TestTokens tokens;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${comptoir.admin.password}")
    String adminPassword;

    private void paidOrders(AdminUi ui, Sku sku, int count) {
        for (int i = 0; i < count; i++) {
            Placed order = GuestOrders.place(ui.port(), sku, GuestOrders.uniqueEmail("home"));
            payments.pay(order.id(), given().header("X-Guest-Token", order.guestToken()));
            Outbox.awaitDone(jdbc, Outbox.listener("analytics", "AnalyticsProjector"), order.id());
        }
    }

    private JsonPath summary(int daysBack) {
        LocalDate today = LocalDate.now(PARIS);
        return given().auth().oauth2(tokens.admin())
                .queryParams(Map.of("from", today.minusDays(daysBack).toString(), "to", today.toString(),
                        "tz", PARIS.getId()))
                .get("/api/admin/analytics/summary").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theHomeFiguresAreTheAnalyticsApisForTodaySevenAndThirtyDaysWithTheChartLowStockAndAlerts(AdminUi ui) {
        Sku low = catalog.product("19.90", 4);
        paidOrders(ui, low, 2);
        ui.signIn(accounts.adminEmail(), adminPassword);
        Locator figures = ui.page().locator("[data-test=figures]");
        assertThat(figures).isVisible();

        Map<String, Integer> periods = Map.of("today", 0, "7d", 6, "30d", 29);
        periods.forEach((period, days) -> {
            JsonPath api = summary(days);
            for (String metric : List.of("revenue", "orderCount", "averageOrderValue", "refunds")) {
                String shown = figures.locator("[data-period=\"" + period + "\"][data-metric=\"" + metric + "\"]")
                        .getAttribute("data-value");
                assertThat(new BigDecimal(shown)).as(period + " " + metric)
                        .isEqualByComparingTo(new BigDecimal(api.getString(metric)));
            }
        });
        assertThat(summary(0).getInt("orderCount")).isGreaterThanOrEqualTo(2);
        assertThat(figures.locator("[data-period=today][data-metric=revenue]"))
                .hasText(java.util.regex.Pattern.compile("^€[0-9,]+\\.[0-9]{2}$"));
        assertThat(ui.page().locator("#sales-chart")).isVisible();
        ui.page().waitForFunction("() => window.Chart && Chart.getChart('sales-chart')?.data.labels.length === 30");
        assertThat(ui.page().locator("[data-test=top-products]")).containsText("Test product " + low.sku());
        int openAlerts = given().auth().oauth2(tokens.admin()).get("/api/admin/alerts").then().statusCode(200)
                .extract().path("pagination.total");
        assertThat(ui.page().locator("[data-test=alerts] h2")).hasText("Needs attention (" + openAlerts + ")");
        ui.screenshot("00-home");
    }

    @Test
    void lowStockOnTheHomeLinksToTheSkusLedger(AdminUi ui) {
        ui.signIn(accounts.adminEmail(), adminPassword);
        Locator firstLow = ui.page().locator("[data-test=low-stock] tbody tr a").first();
        String sku = firstLow.textContent();
        int stock = given().auth().oauth2(tokens.admin()).queryParam("limit", 1)
                .get("/api/admin/analytics/low-stock").then().statusCode(200).extract().path("data[0].stock");
        assertThat(ui.page().locator("[data-test=low-stock] tbody tr").first()).containsText(String.valueOf(stock));

        firstLow.click();

        assertThat(ui.heading()).hasText("Stock of " + sku);
    }

    @Test
    void theFirstLoadFromTheSignInPageToTheHomeWithItsChartTransfersUnder300Kb(AdminUi ui) throws IOException {
        List<Request> requests = new ArrayList<>();
        ui.page().onRequestFinished(requests::add);

        ui.signIn(accounts.adminEmail(), adminPassword);
        ui.page().waitForFunction("() => window.Chart && Chart.getChart('sales-chart')");
        assertThat(ui.page().locator("[data-test=alerts]")).isVisible();

        // sizes are asked of the browser after the fact: not from inside its event callbacks
        AtomicLong bytes = new AtomicLong();
        List<String> files = new ArrayList<>();
        for (Request request : List.copyOf(requests)) {
            var sizes = request.sizes();
            long size = Math.max(0, sizes.responseBodySize) + Math.max(0, sizes.responseHeadersSize);
            bytes.addAndGet(size);
            files.add(size + "\t" + request.url().replaceFirst("^https?://[^/]+", ""));
        }

        Files.createDirectories(AdminUi.SCREENSHOTS);
        Files.writeString(AdminUi.SCREENSHOTS.resolve("first-load.txt"),
                "transferred " + bytes.get() + " bytes in " + files.size() + " requests\n" + String.join("\n", files)
                        + "\n");
        System.out.println("Dashboard first load: " + bytes.get() + " bytes transferred in " + files.size()
                + " requests");
        assertThat(files).anyMatch(f -> f.contains("chart.umd.min.js")).anyMatch(f -> f.contains("lit-html.js"));
        assertThat(bytes.get()).isLessThan(FIRST_LOAD_BUDGET);
    }

    @Test
    void theFiguresAreThoseOfOneCurrencyChosenAmongTheMarketsCurrencies(AdminUi ui) {
        String japan = "jp-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> zone = Map.of("name", "japan", "countries", List.of("JP"), "flatRate", 1500,
                "deliveryDaysMin", 2, "deliveryDaysMax", 5);
        given().auth().oauth2(tokens.admin()).contentType("application/json")
                .body(Map.of("code", japan, "name", "Japan", "countries", List.of("JP"), "currency", "JPY",
                        "defaultLocale", "ja", "locales", List.of("ja", "en"), "shippingZones", List.of(zone)))
                .post("/api/admin/markets").then().statusCode(201);
        try {
            ui.signIn(accounts.adminEmail(), adminPassword);
            Locator currency = ui.page().locator("[data-test=currency]");
            assertThat(currency).hasValue("EUR");

            currency.selectOption("JPY");

            Locator revenue = ui.page().locator("[data-test=figures] [data-period=\"30d\"][data-metric=revenue]");
            assertThat(revenue).hasText(java.util.regex.Pattern.compile("^¥[0-9,]+$"));
            LocalDate today = LocalDate.now(PARIS);
            String api = given().auth().oauth2(tokens.admin())
                    .queryParams(Map.of("from", today.minusDays(29).toString(), "to", today.toString(), "tz",
                            PARIS.getId(), "currency", "JPY"))
                    .get("/api/admin/analytics/summary").then().statusCode(200).extract().jsonPath().getString("revenue");
            assertThat(new BigDecimal(revenue.getAttribute("data-value"))).isEqualByComparingTo(new BigDecimal(api));
            assertThat(ui.page().url()).endsWith("#/?currency=JPY");
        } finally {
            given().auth().oauth2(tokens.admin()).delete("/api/admin/markets/{code}", japan).then().statusCode(204);
        }
    }
}
