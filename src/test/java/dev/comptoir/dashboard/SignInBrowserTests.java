package dev.comptoir.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestAccounts.Account;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

@BrowserTest
class SignInBrowserTests {

    @Autowired
    TestAccounts accounts;

    @Value("${comptoir.admin.password}")
    String adminPassword;

    @Test
    void anAdminSignsInSeesEveryMenuAndStaysSignedInAcrossAReloadWithNoTokenInStorage(AdminUi ui) {
        ui.open("");
        ui.screenshot("01-sign-in");

        ui.signIn(accounts.adminEmail(), adminPassword);

        for (String menu : new String[] {"Home", "Orders", "Returns", "Products", "Categories", "Inventory",
                "Stock locations", "Coupons", "Price lists", "Customer groups", "Customers", "Reviews", "Markets", "Staff",
                "Search"}) {
            assertThat(ui.menu(menu)).isVisible();
        }
        Cookie refresh = ui.page().context().cookies().stream().filter(c -> c.name.equals("comptoir_refresh"))
                .findFirst().orElseThrow();
        assertThat(refresh.httpOnly).isTrue();
        assertThat(refresh.secure).isTrue();
        assertThat(refresh.path).isEqualTo("/api/auth");
        assertThat(ui.page().evaluate("() => localStorage.length + sessionStorage.length + document.cookie.length"))
                .isEqualTo(0);

        ui.page().reload();
        assertThat(ui.button("Sign out")).isVisible();

        ui.button("Sign out").click();
        assertThat(ui.heading()).hasText("Sign in to Comptoir");
        ui.page().reload();
        assertThat(ui.heading()).hasText("Sign in to Comptoir");
    }

    @Test
    void signingInWorksFromTheKeyboardAlone(AdminUi ui) {
        ui.open("");
        assertThat(ui.page().getByLabel("Email")).isFocused();

        ui.page().keyboard().type(accounts.adminEmail());
        ui.page().keyboard().press("Tab");
        ui.page().keyboard().type(adminPassword);
        ui.page().keyboard().press("Enter");

        assertThat(ui.button("Sign out")).isVisible();
        assertThat(ui.heading()).isFocused();
    }

    @Test
    void onATabletTheScreensFitTheWidth(AdminUi ui) {
        ui.page().setViewportSize(820, 1180);
        ui.signIn(accounts.adminEmail(), adminPassword);

        for (String[] screen : new String[][] {{"#/orders", "Orders"}, {"#/inventory", "Inventory"},
                {"#/products", "Products"}, {"#/coupons", "Coupons"}}) {
            ui.go(screen[0], screen[1]);
            assertThat(ui.page().evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                    .as(screen[1]).isEqualTo(true);
        }
        ui.screenshot("17-tablet-coupons");
    }

    @Test
    void aWrongPasswordIsShownAtTheForm(AdminUi ui) {
        ui.open("");
        ui.page().getByLabel("Email").fill(accounts.adminEmail());
        ui.page().getByLabel("Password").fill("not-the-password");
        ui.button("Sign in").click();

        assertThat(ui.alert()).hasText("Wrong email or password.");
        assertThat(ui.page().getByLabel("Email")).isVisible();
    }

    @Test
    void aCustomerAccountIsRefusedTheBackOffice(AdminUi ui) {
        Account customer = accounts.register();
        ui.open("");
        ui.page().getByLabel("Email").fill(customer.email());
        ui.page().getByLabel("Password").fill(customer.password());
        ui.button("Sign in").click();

        assertThat(ui.alert()).hasText("This account has no access to the back office.");
        assertThat(ui.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).hasCount(0);
    }

    @Test
    void aCatalogManagerSeesTheCatalogMenusOnly(AdminUi ui) {
        Account manager = accounts.withRole("catalog_manager");

        ui.signIn(manager.email(), manager.password());

        for (String menu : new String[] {"Products", "Categories", "Reviews", "Search"}) {
            assertThat(ui.menu(menu)).isVisible();
        }
        for (String menu : new String[] {"Orders", "Returns", "Inventory", "Stock locations", "Coupons", "Customers",
                "Staff", "Price lists", "Customer groups", "Markets"}) {
            assertThat(ui.menu(menu)).hasCount(0);
        }
        ui.screenshot("02-catalog-manager-menus");
    }

    @Test
    void theDashboardSpeaksFrenchWhenAskedAndFormatsForTheLocale(AdminUi ui) {
        ui.signIn(accounts.adminEmail(), adminPassword);

        ui.page().getByLabel("Language").selectOption("fr");

        assertThat(ui.menu("Commandes")).isVisible();
        assertThat(ui.menu("Retours")).isVisible();
        assertThat(ui.menu("Entrepôts")).isVisible();
        assertThat(ui.page().locator("html")).hasAttribute("lang", "fr");
        ui.page().reload();
        assertThat(ui.menu("Commandes")).isVisible();
        assertThat(ui.button("Se déconnecter")).isVisible();
    }
}
