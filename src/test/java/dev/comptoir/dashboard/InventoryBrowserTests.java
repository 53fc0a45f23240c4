package dev.comptoir.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.options.FilePayload;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestCatalog;
import dev.comptoir.support.TestCatalog.Sku;
import dev.comptoir.support.TestTokens;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

@BrowserTest
class InventoryBrowserTests {

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestCatalog catalog;

    @Autowired
    TestTokens tokens;

    @Value("${comptoir.admin.password}")
    String adminPassword;

    private int stockOf(String sku) {
        return given().auth().oauth2(tokens.admin()).queryParam("q", sku).get("/api/admin/inventory")
                .then().statusCode(200).extract().path("data.find { it.sku == '" + sku + "' }.stock");
    }

    @Test
    void staffAdjustStockWithAReasonAndSeeTheLedgerLine(AdminUi ui) {
        Sku sku = catalog.product("12.00", 7);
        ui.signIn(accounts.adminEmail(), adminPassword);
        ui.go("#/inventory?q=" + sku.sku(), "Inventory");
        ui.screenshot("06-inventory");
        ui.page().getByText(sku.sku(), new com.microsoft.playwright.Page.GetByTextOptions().setExact(true)).click();
        assertThat(ui.heading()).hasText("Stock of " + sku.sku());

        var adjust = ui.page().locator("[data-test=adjust-form]");
        adjust.getByLabel("Change (+/−)").fill("5");
        adjust.getByLabel("Reason").selectOption("restock");
        adjust.getByLabel("Note").fill("delivery 42");
        ui.button("Adjust stock").click();

        assertThat(ui.status()).hasText("Done: stock is now 12.");
        assertThat(ui.page().locator("[data-test=stock-now]")).hasText("12");
        var line = ui.page().locator("[data-test=ledger] tbody tr").first();
        assertThat(line).containsText("Restock");
        assertThat(line).containsText("+5");
        assertThat(line).containsText("delivery 42");
        assertThat(stockOf(sku.sku())).isEqualTo(12);
        ui.screenshot("07-inventory-ledger");
    }

    @Test
    void takingMoreThanTheStockIsRefusedAtTheForm(AdminUi ui) {
        Sku sku = catalog.product("12.00", 2);
        ui.signIn(accounts.adminEmail(), adminPassword);
        ui.go("#/inventory/" + sku.sku(), "Stock of " + sku.sku());

        ui.page().getByLabel("Change (+/−)").fill("-3");
        ui.button("Adjust stock").click();

        assertThat(ui.alert()).hasText("The stock cannot go below zero.");
        assertThat(stockOf(sku.sku())).isEqualTo(2);
    }

    @Test
    void aCsvWithOneBadLineIsRefusedWholeShowingTheLineAndNothingChanges(AdminUi ui) {
        Sku first = catalog.product("5.00", 1);
        Sku second = catalog.product("5.00", 1);
        ui.signIn(accounts.adminEmail(), adminPassword);
        ui.go("#/inventory?q=" + first.sku(), "Inventory");
        String csv = "sku,stock\n" + first.sku() + ",40\n" + second.sku() + ",lots\n";

        ui.page().getByLabel("CSV file").setInputFiles(new FilePayload("stock.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)));
        ui.button("Import").click();

        assertThat(ui.alert()).hasText("The file was refused (1 error): nothing was imported.");
        var errors = ui.page().locator("[data-test=csv-errors] tbody tr");
        assertThat(errors).hasCount(1);
        assertThat(errors.first()).containsText("3");
        assertThat(errors.first()).containsText("stock");
        assertThat(errors.first()).containsText("must be a whole number");
        assertThat(stockOf(first.sku())).isEqualTo(1);
        ui.screenshot("08-inventory-csv-refused");

        ui.page().getByLabel("CSV file").setInputFiles(new FilePayload("stock.csv", "text/csv",
                ("sku,stock\n" + first.sku() + ",40\n" + second.sku() + ",3\n").getBytes(StandardCharsets.UTF_8)));
        ui.button("Import").click();
        assertThat(ui.status()).hasText("2 SKU updated, 0 unchanged.");
        assertThat(stockOf(first.sku())).isEqualTo(40);
    }

    @Test
    void theExportIsTheStockAsCsv(AdminUi ui) throws IOException {
        Sku sku = catalog.product("5.00", 9);
        ui.signIn(accounts.adminEmail(), adminPassword);
        ui.go("#/inventory", "Inventory");

        Download download = ui.page().waitForDownload(() -> ui.button("Export CSV").click());

        assertThat(download.suggestedFilename()).isEqualTo("inventory.csv");
        String text = Files.readString(download.path());
        // one row per SKU and location (ADR 0012): the product's stock was set at the default location
        assertThat(text).startsWith("sku,name,location,stock,reserved,available")
                .contains(sku.sku() + ",Test product " + sku.sku() + ",main,9,0,9");
    }
}
