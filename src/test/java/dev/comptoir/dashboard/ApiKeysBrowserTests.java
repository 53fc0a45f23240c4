package dev.comptoir.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestAccounts.Account;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** API keys: admins make, rotate and revoke them; other staff do not see the screen. */
@BrowserTest
class ApiKeysBrowserTests {

    @Autowired
    TestAccounts accounts;

    @Value("${comptoir.admin.password}")
    String adminPassword;

    @Test
    void anAdminMakesASecretKeyThatWorksOnceShownThenRotatesAndRevokesIt(AdminUi ui) {
        String name = "erp-" + UUID.randomUUID().toString().substring(0, 8);
        ui.page().onDialog(dialog -> dialog.accept("PT1H"));
        ui.signIn(accounts.adminEmail(), adminPassword);
        ui.go("#/api-keys", "API keys");

        ui.page().getByLabel("Name").fill(name);
        ui.page().getByLabel("catalog:write").check();
        ui.button("Create the key").click();
        Locator token = ui.page().locator("[data-test=new-token] [data-test=token]");
        assertThat(token).hasText(java.util.regex.Pattern.compile("ck_live_[A-Za-z0-9]{32}"));
        String secret = token.textContent();
        ui.screenshot("30-api-key-created");
        given().header("X-API-Key", secret).get("/api/admin/categories").then().statusCode(200);
        Locator row = ui.page().locator("[data-test=apikeys] tbody tr", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText(name));
        assertThat(row).hasCount(1);
        assertThat(row).containsText(secret.substring(0, 12));
        assertThat(row).not().containsText(secret);

        row.getByText("Rotate").click();
        assertThat(token).not().hasText(secret);
        String successor = token.textContent();
        assertThat(ui.page().locator("[data-test=apikeys] tbody tr", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText(name))).hasCount(2);
        given().header("X-API-Key", secret).get("/api/admin/categories").then().statusCode(200);
        given().header("X-API-Key", successor).get("/api/admin/categories").then().statusCode(200);

        Locator old = ui.page().locator("[data-test=apikeys] tbody tr", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("(replaced, until it expires)"));
        old.first().getByText("Revoke").click();
        assertThat(ui.status().filter(new Locator.FilterOptions().setHasText(name + " revoked."))).hasCount(1);
        given().header("X-API-Key", secret).get("/api/admin/categories").then().statusCode(401);
        given().header("X-API-Key", successor).get("/api/admin/categories").then().statusCode(200);
    }

    @Test
    void aPublishableKeyTakesAMarketAndStaysReadable(AdminUi ui) {
        String name = "shop-" + UUID.randomUUID().toString().substring(0, 8);
        ui.signIn(accounts.adminEmail(), adminPassword);
        ui.go("#/api-keys", "API keys");
        ui.page().getByLabel("Kind").selectOption("publishable");
        assertThat(ui.page().getByLabel("Market")).isVisible();
        ui.page().getByLabel("Name").fill(name);
        ui.page().getByLabel("Rate limit").fill("500");
        ui.button("Create the key").click();
        Locator token = ui.page().locator("[data-test=new-token] [data-test=token]");
        assertThat(token).hasText(java.util.regex.Pattern.compile("pk_live_[A-Za-z0-9]{24}"));
        Locator row = ui.page().locator("[data-test=apikeys] tbody tr", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText(name));
        assertThat(row).containsText(token.textContent());
        assertThat(row).containsText("500 per window");
    }

    @Test
    void otherStaffDoNotSeeTheScreen(AdminUi ui) {
        Account manager = accounts.withRole("catalog_manager");
        ui.signIn(manager.email(), manager.password());
        assertThat(ui.menu("API keys")).hasCount(0);
        ui.go("#/api-keys", "API keys");
        assertThat(ui.alert()).containsText("You do not have permission");
        assertThat(manager.email()).isNotBlank();
    }
}
