package dev.comptoir.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.comptoir.support.GuestOrders;
import dev.comptoir.support.GuestOrders.Placed;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestAccounts.Account;
import dev.comptoir.support.TestCatalog;
import dev.comptoir.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Customers and staff accounts. */
@BrowserTest
class PeopleBrowserTests {

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestCatalog catalog;

    @Autowired
    TestTokens tokens;

    @Value("${comptoir.admin.password}")
    String adminPassword;

    @Test
    void anOrderManagerFindsACustomerAndTheirOrders(AdminUi ui) {
        Account customer = accounts.register();
        Placed order = GuestOrders.place(ui.port(), catalog.product("15.00", 5), customer.email());
        given().auth().oauth2(customer.accessToken()).contentType("application/json")
                .body(java.util.Map.of("label", "Home", "firstName", "Ada", "lastName", "Lovelace", "line1",
                        "12 rue de la Paix", "city", "Paris", "postalCode", "75002", "country", "FR",
                        "isDefaultShipping", true))
                .post("/api/users/me/addresses").then().statusCode(201);
        Account manager = accounts.withRole("order_manager");
        ui.signIn(manager.email(), manager.password());

        ui.go("#/customers", "Customers");
        ui.page().getByLabel("Email").fill(customer.email());
        ui.button("Apply").click();
        assertThat(ui.page().locator("[data-test=customers] tbody tr")).hasCount(1);
        ui.screenshot("15-customers");
        ui.page().getByText(customer.email()).click();

        assertThat(ui.heading()).hasText("Test Customer");
        assertThat(ui.page().locator("[data-test=customer-orders]")).containsText(order.orderNumber());
        assertThat(ui.page().locator("[data-test=customer-addresses]")).containsText("12 rue de la Paix");
        assertThat(ui.page().locator("[data-test=customer-addresses]")).containsText("default shipping");
        assertThat(ui.menu("Staff")).hasCount(0);
    }

    @Test
    void anAdminGivesAnAccountAStaffRole(AdminUi ui) {
        Account someone = accounts.register();
        ui.signIn(accounts.adminEmail(), adminPassword);
        ui.go("#/staff?email=" + someone.email(), "Staff");
        assertThat(ui.page().locator("[data-test=roles]")).containsText("Catalog manager");

        ui.page().getByLabel("Role of " + someone.email()).selectOption("marketing");
        ui.page().locator("tr[data-email=\"" + someone.email() + "\"]").getByText("Change role").click();

        assertThat(ui.status()).hasText(someone.email() + " is now Marketing.");
        String role = given().auth().oauth2(tokens.admin()).queryParam("email", someone.email())
                .get("/api/admin/users").then().statusCode(200).extract().path("data[0].role");
        assertThat(role).isEqualTo("marketing");
        ui.screenshot("16-staff");
    }
}
