package dev.comptoir.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import dev.comptoir.support.GuestOrders;
import dev.comptoir.support.GuestOrders.Placed;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestAccounts.Account;
import dev.comptoir.support.TestCatalog;
import dev.comptoir.support.TestPayments;
import dev.comptoir.support.TestTokens;
import dev.comptoir.support.TestCatalog.Sku;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

@BrowserTest
class OrdersBrowserTests {

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestCatalog catalog;

    @Autowired
    TestPayments payments;

    @Autowired
    TestTokens tokens;

    @Value("${comptoir.admin.password}")
    String adminPassword;

    private Placed paidOrder(AdminUi ui) {
        Placed order = GuestOrders.place(ui.port(), catalog.product("30.00", 10), GuestOrders.uniqueEmail("shop"));
        payments.pay(order.id(), given().header("X-Guest-Token", order.guestToken()));
        return order;
    }

    private JsonPath adminOrder(String id) {
        return given().auth().oauth2(tokens.admin()).get("/api/admin/orders/{id}", id).then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void staffFindAnOrderAndShipItWithATrackingNumberAfterBeingToldItIsRequired(AdminUi ui) {
        Placed order = paidOrder(ui);
        ui.signIn(accounts.adminEmail(), adminPassword);

        ui.go("#/orders?orderNumber=" + order.orderNumber(), "Orders");
        assertThat(ui.page().locator("[data-test=orders] tbody tr")).hasCount(1);
        ui.screenshot("03-orders");
        ui.page().getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName(order.orderNumber())).click();
        assertThat(ui.heading()).hasText("Order " + order.orderNumber());

        ui.button("Start processing").click();
        assertThat(ui.status()).hasText("The order is now Processing.");
        ui.button("Mark shipped").click();
        assertThat(ui.alert()).containsText("Shipping an order needs a tracking number.");
        // the old route ships everything at once; the parcel form beside it has its own tracking number
        var statusForm = ui.page().locator("[data-test=status-form]");
        assertThat(statusForm.getByLabel("Tracking number")).hasAttribute("aria-invalid", "true");
        assertThat(statusForm.getByText("Tracking number: is required")).isVisible();

        statusForm.getByLabel("Tracking number").fill("TRK-" + order.orderNumber());
        ui.button("Mark shipped").click();

        assertThat(ui.status()).hasText("The order is now Shipped.");
        assertThat(ui.page().locator("[data-test=tracking]")).hasText("TRK-" + order.orderNumber());
        assertThat(ui.page().locator("[data-test=timeline] li")).hasCount(4);
        assertThat(ui.page().locator("[data-test=timeline] li").last()).containsText("Shipped");
        JsonPath saved = adminOrder(order.id());
        assertThat(saved.getString("status")).isEqualTo("shipped");
        assertThat(saved.getString("trackingNumber")).isEqualTo("TRK-" + order.orderNumber());
        ui.screenshot("04-order-shipped");
    }

    @Test
    void staffRefundPartOfAnOrder(AdminUi ui) {
        Placed order = paidOrder(ui);
        ui.signIn(accounts.adminEmail(), adminPassword);
        ui.go("#/orders/" + order.id(), "Order " + order.orderNumber());

        ui.page().getByLabel("Amount to refund (EUR)").fill("5.00");
        ui.page().getByLabel("Reason").fill("damaged box");
        ui.button("Refund").click();

        assertThat(ui.status()).hasText("Refund of €5.00 requested.");
        assertThat(ui.page().locator("[data-test=refunds] tbody tr")).hasCount(1);
        payments.awaitOrder(order.id(), "paymentStatus", "partially_refunded");
        ui.page().reload();
        assertThat(ui.page().locator("[data-test=refunds] tbody tr").first()).containsText("€5.00");
        assertThat(ui.page().locator("[data-test=refunds] tbody tr").first()).containsText("Succeeded");
        assertThat(ui.page().locator("[data-test=refunded]")).hasText("€5.00");
        assertThat(adminOrder(order.id()).getString("refundedAmount")).isEqualTo("5.0");
        ui.screenshot("05-order-refunded");
    }

    @Test
    void aRefundLargerThanWhatIsLeftIsRefusedWhereItWasAsked(AdminUi ui) {
        Placed order = paidOrder(ui);
        ui.signIn(accounts.adminEmail(), adminPassword);
        ui.go("#/orders/" + order.id(), "Order " + order.orderNumber());

        ui.page().getByLabel("Amount to refund (EUR)").fill("1000");
        ui.button("Refund").click();

        assertThat(ui.page().locator("[data-test=refund-form] [role=alert]"))
                .hasText("The refund is larger than what is left of the payment.");
        assertThat(ui.page().locator("[data-test=refunds]")).hasCount(0);
    }

    @Test
    void aCatalogManagerIsNotOfferedOrdersNorTheirRefunds(AdminUi ui) {
        Placed order = paidOrder(ui);
        Account manager = accounts.withRole("catalog_manager");
        ui.signIn(manager.email(), manager.password());

        ui.go("#/orders/" + order.id(), "Orders");

        assertThat(ui.alert()).hasText("You do not have permission to do this.");
        assertThat(ui.button("Refund")).hasCount(0);
        assertThat(ui.page().getByLabel("Amount to refund (EUR)")).hasCount(0);
        assertThat(ui.menu("Orders")).hasCount(0);
    }

    @Test
    void theOrderSaysItsMarketAndEachLinesPriceListLinkedForThoseWhoManagePricing(AdminUi ui) {
        Sku sku = catalog.product("30.00", 10);
        String name = "Winter sale " + UUID.randomUUID().toString().substring(0, 6);
        String list = given().auth().oauth2(tokens.admin()).contentType("application/json")
                .body(Map.of("name", name, "type", "sale", "status", "active", "currency", "EUR",
                        "prices", List.of(Map.of("sku", sku.sku(), "amount", new BigDecimal("24.00")))))
                .post("/api/admin/price-lists").then().statusCode(201).extract().path("id");
        try {
            Placed order = GuestOrders.place(ui.port(), sku, GuestOrders.uniqueEmail("sale"));
            assertThat(adminOrder(order.id()).getString("items[0].priceListId")).isEqualTo(list);

            ui.signIn(accounts.adminEmail(), adminPassword);
            ui.go("#/orders/" + order.id(), "Order " + order.orderNumber());
            assertThat(ui.page().locator("[data-test=market]")).hasText("default");
            var line = ui.page().locator("[data-test=lines] tr[data-sku=\"" + sku.sku() + "\"]");
            assertThat(line.locator("s")).hasText("€30.00");
            assertThat(line).containsText("€24.00");
            var link = line.locator("[data-test=price-list] a");
            assertThat(link).hasText(name);
            assertThat(link).hasAttribute("href", "#/price-lists/" + list);
            ui.screenshot("05-order-price-list");

            // an order manager does not manage pricing: told that a list priced the line, not offered it
            Account manager = accounts.withRole("order_manager");
            ui.button("Sign out").click();
            assertThat(ui.heading()).hasText("Sign in to Comptoir");
            ui.signIn(manager.email(), manager.password());
            ui.go("#/orders/" + order.id(), "Order " + order.orderNumber());
            assertThat(line.locator("[data-test=price-list]")).hasText("A price list");
            assertThat(line.locator("[data-test=price-list] a")).hasCount(0);
        } finally {
            given().auth().oauth2(tokens.admin()).delete("/api/admin/price-lists/{id}", list).then().statusCode(204);
        }
    }

    @Test
    void amountsAreShownInTheirCurrencyWithItsDecimalsAndRefundsStepByItsSmallestUnit(AdminUi ui) {
        ui.signIn(accounts.adminEmail(), adminPassword);

        // the helper every order screen formats with (money(amount, order.currency)) and the refund input's step
        Object shown = ui.page().evaluate("async () => { const i18n = await import('/admin/js/i18n.js');"
                + " return [i18n.money('1500', 'JPY'), i18n.money('12.5', 'EUR'), i18n.step('JPY'), i18n.step('EUR')]; }");

        assertThat(shown).isEqualTo(java.util.List.of("¥1,500", "€12.50", "1", "0.01"));
    }
}
