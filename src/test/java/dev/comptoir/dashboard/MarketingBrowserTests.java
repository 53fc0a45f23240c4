package dev.comptoir.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestAccounts.Account;
import dev.comptoir.support.TestCatalog;
import dev.comptoir.support.TestCatalog.Sku;
import dev.comptoir.support.TestTokens;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Coupons and review moderation, from the dashboard. */
@BrowserTest
class MarketingBrowserTests {

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestCatalog catalog;

    @Autowired
    TestTokens tokens;

    @Value("${comptoir.admin.password}")
    String adminPassword;

    private JsonPath coupon(String code) {
        return given().auth().oauth2(tokens.admin()).queryParam("q", code).get("/api/admin/coupons")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void staffCreateACouponAfterFixingTheFieldTheApiRefusedThenDeactivateIt(AdminUi ui) {
        String code = "SPRING" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        ui.signIn(accounts.adminEmail(), adminPassword);
        ui.go("#/coupons", "Coupons");
        ui.page().getByText("New coupon").click();
        assertThat(ui.heading()).hasText("New coupon");

        ui.page().getByLabel("Code").fill("!" + code);
        ui.page().getByLabel("Type").selectOption("percentage");
        ui.page().getByLabel("Percentage off").fill("15");
        ui.page().getByLabel("Uses in all").fill("100");
        ui.button("Save").click();
        assertThat(ui.page().getByLabel("Code")).hasAttribute("aria-invalid", "true");
        assertThat(ui.page().getByText("Code: must be 2 to 50 letters")).isVisible();
        ui.screenshot("09-coupon-refused-field");

        ui.page().getByLabel("Code").fill(code);
        ui.button("Save").click();

        assertThat(ui.heading()).hasText("Coupons");
        var row = ui.page().locator("[data-code=" + code + "]");
        assertThat(row).containsText("15 %");
        assertThat(row).containsText("0 / 100");
        assertThat(row).containsText("Active");
        assertThat(coupon(code).getDouble("data[0].value")).isEqualTo(15.0);
        ui.screenshot("10-coupons");

        row.getByText(code).click();
        assertThat(ui.heading()).hasText("Coupon " + code);
        assertThat(ui.page().getByText("Used 0 times.")).isVisible();
        ui.page().getByLabel("Uses in all").fill("250");
        ui.button("Save").click();
        assertThat(row).containsText("0 / 250");
        assertThat(coupon(code).getInt("data[0].usageLimit")).isEqualTo(250);

        row.getByText("Deactivate").click();
        assertThat(ui.status()).hasText("Coupon " + code + " deactivated.");
        assertThat(row).containsText("Inactive");
        assertThat(coupon(code).getBoolean("data[0].isActive")).isFalse();
    }

    @Test
    void aFixedAmountCouponInYenStepsByWholeYenAndIsListedInYen(AdminUi ui) {
        String japan = "jp-" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> zone = Map.of("name", "japan", "countries", List.of("JP"), "flatRate", 1500,
                "deliveryDaysMin", 2, "deliveryDaysMax", 5);
        given().auth().oauth2(tokens.admin()).contentType("application/json")
                .body(Map.of("code", japan, "name", "Japan", "countries", List.of("JP"), "currency", "JPY",
                        "defaultLocale", "en", "locales", List.of("en"), "shippingZones", List.of(zone)))
                .post("/api/admin/markets").then().statusCode(201);
        String code = "YEN" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        try {
            ui.signIn(accounts.adminEmail(), adminPassword);
            ui.go("#/coupons/new", "New coupon");
            // the default market's currency first, the other markets' to choose from
            assertThat(ui.page().getByLabel("Currency")).hasValue("EUR");
            ui.page().getByLabel("Type").selectOption("fixed_amount");
            assertThat(ui.page().getByLabel("Amount off (EUR)")).hasAttribute("step", "0.01");

            ui.page().getByLabel("Currency").selectOption("JPY");
            ui.page().getByLabel("Code").fill(code);
            assertThat(ui.page().getByLabel("Amount off (JPY)")).hasAttribute("step", "1");
            assertThat(ui.page().getByLabel("Minimum subtotal (JPY)")).hasAttribute("step", "1");
            ui.page().getByLabel("Amount off (JPY)").fill("500");
            ui.page().getByLabel("Minimum subtotal (JPY)").fill("3000");
            ui.button("Save").click();

            assertThat(ui.heading()).hasText("Coupons");
            var row = ui.page().locator("[data-code=" + code + "]");
            assertThat(row).containsText("¥500 from ¥3,000");
            JsonPath saved = coupon(code);
            assertThat(saved.getString("data[0].currency")).isEqualTo("JPY");
            assertThat(new BigDecimal(saved.getString("data[0].value"))).isEqualByComparingTo("500");
            assertThat(new BigDecimal(saved.getString("data[0].minSubtotal"))).isEqualByComparingTo("3000");

            // editing keeps its currency
            row.getByText(code).click();
            assertThat(ui.heading()).hasText("Coupon " + code);
            assertThat(ui.page().getByLabel("Currency")).hasValue("JPY");
            ui.page().getByLabel("Amount off (JPY)").fill("700");
            ui.button("Save").click();
            assertThat(row).containsText("¥700 from ¥3,000");
            assertThat(coupon(code).getString("data[0].currency")).isEqualTo("JPY");
        } finally {
            given().auth().oauth2(tokens.admin()).delete("/api/admin/markets/{code}", japan).then().statusCode(204);
        }
    }

    @Test
    void aModeratorApprovesAPendingReview(AdminUi ui) {
        Sku sku = catalog.product("20.00", 5);
        Account customer = accounts.register();
        String title = "Solid " + UUID.randomUUID().toString().substring(0, 8);
        String reviewId = given().auth().oauth2(customer.accessToken()).contentType("application/json")
                .body(Map.of("rating", 4, "title", title, "body", "Does what it says."))
                .post("/api/products/{id}/reviews", sku.productId()).then().statusCode(201).extract().path("id");
        Account moderator = accounts.withRole("catalog_manager");
        ui.signIn(moderator.email(), moderator.password());

        ui.go("#/reviews", "Reviews");
        var review = ui.page().locator("[data-review=\"" + reviewId + "\"]");
        assertThat(review).containsText(title);
        assertThat(review).containsText("Pending");
        ui.screenshot("11-reviews");
        review.getByText("Approve").click();

        assertThat(ui.status()).hasText("Review approved.");
        assertThat(review).hasCount(0);
        String status = given().auth().oauth2(tokens.admin()).queryParam("status", "approved").queryParam("limit", 100)
                .get("/api/admin/reviews").then().statusCode(200).extract()
                .path("data.find { it.id == '" + reviewId + "' }.status");
        assertThat(status).isEqualTo("approved");
    }
}
