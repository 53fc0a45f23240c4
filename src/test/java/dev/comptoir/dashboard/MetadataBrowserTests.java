package dev.comptoir.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import dev.comptoir.support.GuestOrders;
import dev.comptoir.support.GuestOrders.Placed;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestAccounts.Account;
import dev.comptoir.support.TestCatalog;
import dev.comptoir.support.TestCatalog.Sku;
import dev.comptoir.support.TestTokens;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** The metadata editor (key/value rows) of the product, order and customer screens. */
@BrowserTest
class MetadataBrowserTests {

    @Autowired
    TestAccounts accounts;
    @Autowired
    TestCatalog catalog;
    @Autowired
    TestTokens tokens;

    @Value("${comptoir.admin.password}")
    String adminPassword;

    private static Locator rows(AdminUi ui, String field) {
        return ui.page().locator("[data-test=metadata-editor] [data-test=" + field + "] tbody tr");
    }

    private static Locator save(AdminUi ui) {
        return ui.page().locator("[data-test=metadata-editor]").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Save metadata").setExact(true));
    }

    private static Locator row(AdminUi ui, String field, int index) {
        return rows(ui, field).nth(index);
    }

    @Test
    void staffEditAProductsMetadataAsKeyValueRows(AdminUi ui) {
        Sku sku = catalog.product("10.00", 2);
        given().auth().oauth2(tokens.admin()).contentType("application/json")
                .body(Map.of("metadata", Map.of("erpId", "A-17", "rank", 5), "privateMetadata", Map.of("margin", 0.31)))
                .patch("/api/admin/products/{id}/metadata", sku.productId()).then().statusCode(200);
        ui.signIn(accounts.adminEmail(), adminPassword);
        ui.go("#/products/" + sku.productId(), "Test product");
        assertThat(rows(ui, "metadata")).hasCount(2);

        rows(ui, "metadata").and(ui.page().locator("[data-key=erpId]")).locator("input[data-test=value]").fill("A-18");
        ui.page().locator("[data-test=metadata-editor] [data-test=privateMetadata]").getByText("Remove").click();
        ui.page().locator("[data-test=metadata-editor] [data-test=privateMetadata] [data-test=add]").click();
        row(ui, "privateMetadata", 0).locator("input[data-test=key]").fill("supplier");
        row(ui, "privateMetadata", 0).locator("input[data-test=value]").fill("acme");
        save(ui).click();

        assertThat(ui.page().locator("[data-test=metadata-editor] [role=status]")).hasText("Metadata saved.");
        ui.screenshot("40-metadata");
        Map<String, Object> saved = given().auth().oauth2(tokens.admin())
                .get("/api/admin/products/{id}", sku.productId()).then().statusCode(200).extract().path("$");
        assertThat(saved.get("privateMetadata")).isEqualTo(Map.of("supplier", "acme"));
        assertThat(saved.get("metadata")).isEqualTo(Map.of("erpId", "A-18", "rank", 5));

        ui.page().locator("[data-test=metadata-editor] [data-test=metadata] [data-test=add]").click();
        row(ui, "metadata", 2).locator("input[data-test=key]").fill("not a key");
        row(ui, "metadata", 2).locator("input[data-test=value]").fill("1");
        save(ui).click();
        assertThat(ui.page().locator("[data-test=metadata-editor] [role=alert]")).containsText("Metadata not valid");
    }

    @Test
    void anOrderManagerTagsAnOrderAndReadsACustomersMetadata(AdminUi ui) {
        Account customer = accounts.register();
        given().auth().oauth2(tokens.admin()).contentType("application/json")
                .body(Map.of("privateMetadata", Map.of("crmId", "C-9")))
                .patch("/api/admin/customers/{id}/metadata", customer.id()).then().statusCode(200);
        Placed order = GuestOrders.place(ui.port(), catalog.product("15.00", 5), customer.email());
        Account manager = accounts.withRole("order_manager");
        ui.signIn(manager.email(), manager.password());

        ui.go("#/orders/" + order.id(), order.orderNumber());
        ui.page().locator("[data-test=metadata-editor] [data-test=metadata] [data-test=add]").click();
        row(ui, "metadata", 0).locator("input[data-test=key]").fill("giftWrap");
        row(ui, "metadata", 0).locator("input[data-test=value]").fill("true");
        save(ui).click();
        assertThat(ui.page().locator("[data-test=metadata-editor] [role=status]")).hasText("Metadata saved.");
        Object gift = given().auth().oauth2(tokens.staff("orders:manage")).get("/api/admin/orders/{id}", order.id())
                .then().statusCode(200).extract().path("metadata.giftWrap");
        assertThat(gift).isEqualTo(true);

        // an order manager reads accounts (customers:read) but does not edit them (users:manage)
        ui.go("#/customers/" + customer.id() + "?email=" + customer.email(), "Test Customer");
        assertThat(rows(ui, "privateMetadata")).hasCount(1);
        assertThat(rows(ui, "privateMetadata")).containsText("C-9");
        assertThat(save(ui)).hasCount(0);
    }
}
