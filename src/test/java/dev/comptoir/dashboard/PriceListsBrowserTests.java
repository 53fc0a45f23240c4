package dev.comptoir.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestAccounts.Account;
import dev.comptoir.support.TestTokens;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Customer groups with their members, and price lists limited to them, as marketing staff run them. */
@BrowserTest
class PriceListsBrowserTests {

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestTokens tokens;

    @Value("${comptoir.admin.password}")
    String adminPassword;

    private static Locator exact(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    private JsonPath read(String path, Object... ids) {
        return given().auth().oauth2(tokens.admin()).get(path, ids).then().statusCode(200).extract().jsonPath();
    }

    private String createGroup(AdminUi ui, String name) {
        ui.go("#/customer-groups", "Customer groups");
        Locator create = ui.page().locator("section[aria-labelledby=newgroup-h]");
        create.getByLabel("Name").fill(name);
        create.getByLabel("Description").fill("Our best customers");
        ui.button("Create the group").click();
        assertThat(ui.heading()).hasText(name);
        return ui.page().url().replaceFirst(".*#/customer-groups/", "");
    }

    @Test
    void aVipGroupGetsAMemberFoundByEmailAndASalePriceListForItWithPricesTypedAndPasted(AdminUi ui) {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Account customer = accounts.register();
        ui.page().onDialog(dialog -> dialog.accept());
        ui.signIn(accounts.adminEmail(), adminPassword);

        String vip = "VIP " + suffix;
        String groupId = createGroup(ui, vip);
        ui.page().getByLabel("Customer email").fill(customer.email());
        ui.button("Find").click();
        ui.button("Add " + customer.email() + " to the group").click();
        assertThat(ui.status()).hasText("Added: the group has 1 member.");
        assertThat(ui.page().locator("[data-test=members] tbody tr")).hasCount(1);
        assertThat(ui.page().locator("[data-test=members]")).containsText(customer.email());
        JsonPath members = read("/api/admin/customer-groups/{id}/members", groupId);
        assertThat(members.getList("data.email")).containsExactly(customer.email());
        assertThat(read("/api/admin/customer-groups/{id}", groupId).getInt("memberCount")).isEqualTo(1);
        ui.screenshot("22-customer-group");

        String name = "Winter sale " + suffix;
        ui.go("#/price-lists/new", "New price list");
        exact(ui.page(), "Name").fill(name);
        exact(ui.page(), "Type").selectOption("sale");
        exact(ui.page(), "Status").selectOption("active");
        exact(ui.page(), "Currency").selectOption("EUR");
        ui.page().locator("[data-test=groups]").getByLabel(vip).check();
        exact(ui.page(), "SKU of row 1").fill("LAMP-" + suffix);
        exact(ui.page(), "Amount of row 1").fill("1.234");
        ui.page().getByLabel("Lines \"sku,amount\"").fill("CHAIR-" + suffix + ",20.00\nDESK-" + suffix + ";5\n");
        ui.button("Add the lines to the table").click();
        assertThat(ui.status()).hasText("2 lines added to the table: save the list to keep them.");
        assertThat(ui.page().locator("[data-test=prices] tbody tr")).hasCount(3);
        assertThat(exact(ui.page(), "SKU of row 3")).hasValue("DESK-" + suffix);
        ui.button("Remove row 3").click();
        assertThat(ui.page().locator("[data-test=prices] tbody tr")).hasCount(2);

        ui.button("Create the price list").click();
        assertThat(ui.alert().first()).hasText("An amount has more decimals than its currency allows.");
        assertThat(exact(ui.page(), "Amount of row 1")).hasAttribute("aria-invalid", "true");
        exact(ui.page(), "Amount of row 1").fill("10.00");
        ui.button("Create the price list").click();

        assertThat(ui.heading()).hasText(name);
        ui.screenshot("23-price-list");
        String listId = ui.page().url().replaceFirst(".*#/price-lists/", "");
        JsonPath list = read("/api/admin/price-lists/{id}", listId);
        assertThat(list.getString("type")).isEqualTo("sale");
        assertThat(list.getString("status")).isEqualTo("active");
        assertThat(list.getString("currency")).isEqualTo("EUR");
        assertThat(list.getList("customerGroupIds")).containsExactly(groupId);
        assertThat(list.getList("prices", Map.class)).extracting(p -> p.get("sku") + "=" + p.get("amount"))
                .containsExactly("CHAIR-" + suffix + "=20.0", "LAMP-" + suffix + "=10.0");
        ui.go("#/price-lists", "Price lists");
        assertThat(ui.page().locator("tr[data-list=\"" + name + "\"]")).containsText("Active");

        // a group a list is limited to is kept until the list lets it go
        ui.go("#/customer-groups/" + groupId, vip);
        ui.button("Delete the group").click();
        assertThat(ui.alert().first()).hasText("Price lists are limited to this group: take it out of those lists first.");

        ui.go("#/price-lists/" + listId, name);
        ui.button("Delete the price list").click();
        assertThat(ui.heading()).hasText("Price lists");
        given().auth().oauth2(tokens.admin()).get("/api/admin/price-lists/{id}", listId).then().statusCode(404);
        ui.go("#/customer-groups/" + groupId, vip);
        ui.button("Delete the group").click();
        assertThat(ui.heading()).hasText("Customer groups");
        given().auth().oauth2(tokens.admin()).get("/api/admin/customer-groups/{id}", groupId).then().statusCode(404);
    }

    @Test
    void marketingWithoutCustomerLookUpAddsAMemberByAccountIdAndRemovesIt(AdminUi ui) {
        Account customer = accounts.register();
        Account marketing = accounts.withRole("marketing");
        ui.signIn(marketing.email(), marketing.password());
        String groupId = createGroup(ui, "Wholesale " + UUID.randomUUID().toString().substring(0, 8));

        assertThat(ui.page().getByLabel("Customer email")).hasCount(0);
        ui.page().getByLabel("Account id").fill(UUID.randomUUID().toString());
        ui.button("Add to the group").click();
        assertThat(ui.alert().first()).hasText("There is no such account.");
        assertThat(ui.page().getByLabel("Account id")).hasAttribute("aria-invalid", "true");
        ui.page().getByLabel("Account id").fill(customer.id().toString());
        ui.button("Add to the group").click();
        assertThat(ui.page().locator("[data-test=members]")).containsText(customer.email());

        ui.button("Remove " + customer.email() + " from the group").click();
        assertThat(ui.status()).hasText(customer.email() + " is no longer a member.");
        assertThat(read("/api/admin/customer-groups/{id}/members", groupId).getList("data")).isEmpty();
        assertThat(ui.page().locator("[data-test=members]")).hasCount(0);
    }

    @Test
    void pricesAreTypedFromTheKeyboardAlone(AdminUi ui) {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ui.signIn(accounts.adminEmail(), adminPassword).go("#/price-lists/new", "New price list");
        var keyboard = ui.page().keyboard();

        exact(ui.page(), "SKU of row 1").focus();
        keyboard.type("KB1-" + suffix);
        keyboard.press("Tab");
        keyboard.type("3.50");
        keyboard.press("Tab");
        assertThat(ui.button("Remove row 1")).isFocused();
        keyboard.press("Tab");
        assertThat(ui.button("Add a row")).isFocused();
        keyboard.press("Enter");
        assertThat(exact(ui.page(), "SKU of row 2")).isFocused();
        keyboard.type("KB2-" + suffix);
        keyboard.press("Tab");
        keyboard.type("4");
        exact(ui.page(), "Name").focus();
        keyboard.type("Keyboard " + suffix);
        keyboard.press("Enter");

        assertThat(ui.heading()).hasText("Keyboard " + suffix);
        String listId = ui.page().url().replaceFirst(".*#/price-lists/", "");
        JsonPath list = read("/api/admin/price-lists/{id}", listId);
        assertThat(list.getString("status")).isEqualTo("draft");
        assertThat(list.getList("customerGroupIds")).isEmpty();
        assertThat(list.getList("prices", Map.class)).extracting(p -> p.get("sku") + "=" + p.get("amount"))
                .containsExactly("KB1-" + suffix + "=3.5", "KB2-" + suffix + "=4.0");
        given().auth().oauth2(tokens.admin()).delete("/api/admin/price-lists/{id}", listId).then().statusCode(204);
    }
}
