package dev.comptoir.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import dev.comptoir.support.GuestOrders;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestCatalog;
import dev.comptoir.support.TestCatalog.Sku;
import dev.comptoir.support.TestPayments;
import dev.comptoir.support.TestTokens;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Issue 15's done-criterion from the dashboard: two warehouses, an order shipped in two parcels from
 * them and delivered parcel by parcel, one item returned, received resellable and refunded.
 */
@BrowserTest
class ShippingBrowserTests {

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

    record Placed(String id, String orderNumber, String guestToken) {}

    /** A guest order of one unit of each SKU, paid with the simulated provider. */
    private Placed paidOrder(int port, Sku... skus) {
        String session = "guest-" + UUID.randomUUID();
        for (Sku sku : skus) {
            given().port(port).header("X-Session-Id", session).contentType("application/json")
                    .body(Map.of("productId", sku.productId(), "quantity", 1)).post("/api/cart/items")
                    .then().statusCode(200);
        }
        JsonPath order = given().port(port).header("X-Session-Id", session).contentType("application/json")
                .body(Map.of("email", GuestOrders.uniqueEmail("parcels"), "shippingAddress", Map.of("firstName", "Ada",
                        "lastName", "Lovelace", "line1", "12 rue de la Paix", "city", "Paris", "postalCode", "75002",
                        "country", "FR")))
                .post("/api/orders").then().statusCode(201).extract().jsonPath();
        Placed placed = new Placed(order.getString("id"), order.getString("orderNumber"), order.getString("guestToken"));
        payments.pay(placed.id(), given().header("X-Guest-Token", placed.guestToken()));
        return placed;
    }

    private JsonPath adminOrder(String id) {
        return given().auth().oauth2(tokens.admin()).get("/api/admin/orders/{id}", id).then().statusCode(200)
                .extract().jsonPath();
    }

    /** The SKU's level at one location, as the API reads it. */
    private Map<String, Object> level(String sku, String location) {
        return given().auth().oauth2(tokens.admin()).queryParam("sku", sku).get("/api/admin/inventory")
                .then().statusCode(200).extract()
                .path("data.find { it.sku == '" + sku + "' }.locations.find { it.location == '" + location + "' }");
    }

    /** Ships and delivers everything through the old status route (one parcel per location it is reserved at). */
    private void deliver(String orderId) {
        for (Map<String, String> step : List.of(Map.of("status", "processing"),
                Map.of("status", "shipped", "trackingNumber", "TRK-" + orderId), Map.of("status", "delivered"))) {
            given().auth().oauth2(tokens.admin()).contentType("application/json").body(step)
                    .post("/api/admin/orders/{id}/status", orderId).then().statusCode(200);
        }
    }

    private static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    private void createLocation(AdminUi ui, String code, String name, int priority) {
        ui.go("#/stock-locations", "Stock locations");
        ui.page().getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("New location")).click();
        assertThat(ui.heading()).hasText("New location");
        Locator form = ui.page().locator("[data-test=location-form]");
        form.getByLabel("Code", new Locator.GetByLabelOptions().setExact(true)).fill(code);
        form.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true)).fill(name);
        form.getByLabel("Priority").fill(String.valueOf(priority));
        form.getByLabel("Address line 1").fill("3 quai Perrache");
        form.getByLabel("Postal code").fill("69002");
        form.getByLabel("City").fill("Lyon");
        form.getByLabel("Country").fill("fr");
        ui.button("Create the location").click();
        assertThat(ui.heading()).containsText("Location " + name);
    }

    @Test
    void anOrderShipsInTwoParcelsFromTwoWarehousesIsDeliveredParcelByParcelAndOneItemComesBackRefunded(AdminUi ui) {
        Sku lamp = catalog.product("20.00", 4);
        Sku shade = catalog.product("10.00", 5);
        String east = uniqueCode("east");
        ui.signIn(accounts.adminEmail(), adminPassword);

        // a second warehouse, created in the dashboard, and every shade moved there
        createLocation(ui, east, "East warehouse", 10);
        ui.go("#/stock-locations", "Stock locations");
        Locator row = ui.page().locator("[data-test=locations] tr[data-location=\"" + east + "\"]");
        assertThat(row).containsText("East warehouse");
        assertThat(row).containsText("Active");
        assertThat(row).containsText("Lyon");

        ui.go("#/inventory/" + shade.sku(), "Stock of " + shade.sku());
        Locator transfer = ui.page().locator("[data-test=transfer-form]");
        transfer.getByLabel("From").selectOption("main");
        transfer.getByLabel("To").selectOption(east);
        transfer.getByLabel("Quantity").fill("5");
        transfer.getByLabel("Note").fill("rebalance");
        ui.button("Transfer stock").click();
        assertThat(ui.status()).hasText("Moved 5 from main to " + east + ":");
        Locator lines = ui.page().locator("[data-test=transfer-lines] tbody tr");
        assertThat(lines).hasCount(2);
        assertThat(lines.filter(new Locator.FilterOptions().setHasText(east))).containsText("+5");
        assertThat(lines.filter(new Locator.FilterOptions().setHasText("main"))).containsText("-5");
        assertThat(ui.page().locator("[data-test=levels] tr[data-location=\"" + east + "\"]")).containsText("5");
        ui.screenshot("20-inventory-transfer");
        // the stock list at that location: on hand, reserved, available there, and what the shop sells
        ui.go("#/inventory?q=" + shade.sku() + "&location=" + east, "Inventory");
        assertThat(ui.page().locator("[data-test=stock] tr[data-sku=\"" + shade.sku() + "\"] td.num"))
                .hasText(new String[] {"5", "0", "5", "5"});

        // the order: the lamp is reserved at main, the shade where it now is
        Placed order = paidOrder(ui.port(), lamp, shade);
        JsonPath placed = adminOrder(order.id());
        String shadeItem = placed.getString("items.find { it.sku == '" + shade.sku() + "' }.id");
        ui.go("#/orders/" + order.id(), "Order " + order.orderNumber());
        Locator reservations = ui.page().locator("[data-test=reservations] tbody tr");
        assertThat(reservations.filter(new Locator.FilterOptions().setHasText(lamp.sku()))).containsText("main");
        assertThat(reservations.filter(new Locator.FilterOptions().setHasText(shade.sku()))).containsText(east);

        // parcel 1: the lamp from main
        Locator ship = ui.page().locator("[data-test=ship-form]");
        ship.getByLabel("Ship from").selectOption("main");
        ship.getByLabel("Quantity of " + shade.sku() + " in the parcel").fill("0");
        ship.getByLabel("Carrier").fill("Colissimo");
        ship.getByLabel("Tracking number").fill("TRK-1-" + order.orderNumber());
        ui.button("Ship the parcel").click();
        assertThat(ui.status()).hasText("Parcel shipped from main: the order is Partly shipped.");
        assertThat(ui.page().locator("[data-test=parcels] > li")).hasCount(1);

        // parcel 2: the shade from the east warehouse (the form now offers only what is left)
        assertThat(ship.locator("[data-test=ship-items] tbody tr")).hasCount(1);
        ship.getByLabel("Ship from").selectOption(east);
        ship.getByLabel("Carrier").fill("DHL");
        ship.getByLabel("Tracking number").fill("TRK-2-" + order.orderNumber());
        ui.button("Ship the parcel").click();
        assertThat(ui.status()).hasText("Parcel shipped from " + east + ": the order is Shipped.");
        Locator parcels = ui.page().locator("[data-test=parcels] > li");
        assertThat(parcels).hasCount(2);
        Locator fromMain = ui.page().locator("[data-test=parcels] > li[data-location=main]");
        Locator fromEast = ui.page().locator("[data-test=parcels] > li[data-location=\"" + east + "\"]");
        assertThat(fromMain).containsText("TRK-1-" + order.orderNumber());
        assertThat(fromEast).containsText("TRK-2-" + order.orderNumber());
        assertThat(fromEast).containsText(shade.sku());
        assertThat(ui.page().locator("[data-test=ship-form]")).hasCount(0);
        ui.screenshot("21-order-two-parcels");

        fromMain.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();
        assertThat(ui.status()).hasText("Parcel delivered: the order is Shipped.");
        assertThat(fromMain).containsText("Delivered");
        fromEast.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();
        assertThat(ui.status()).hasText("Parcel delivered: the order is Delivered.");
        assertThat(adminOrder(order.id()).getString("status")).isEqualTo("delivered");

        // the customer sends the shade back
        String returnId = given().header("X-Guest-Token", order.guestToken()).contentType("application/json")
                .body(Map.of("items", List.of(Map.of("orderItemId", shadeItem, "quantity", 1, "reason", "too small")),
                        "note", "the colour is fine"))
                .post("/api/orders/{id}/returns", order.id()).then().statusCode(201).extract().path("id");

        ui.go("#/returns?status=requested", "Returns");
        ui.page().locator("[data-test=returns] tr[data-return=\"" + returnId + "\"] a").click();
        assertThat(ui.heading()).hasText("Return · Order " + order.orderNumber());
        assertThat(ui.page().locator("[data-test=return-items]")).containsText("too small");
        ui.button("Approve the return").click();
        assertThat(ui.status()).hasText("Return approved.");

        Locator receive = ui.page().locator("[data-test=receive-form]");
        receive.getByLabel("Condition of " + shade.sku()).selectOption("resellable");
        receive.getByLabel("Location " + shade.sku() + " goes back to").selectOption(east);
        ui.button("Receive").click();
        assertThat(ui.status()).hasText("Received: the return is Received.");

        // the default refund: what the shade was paid, its share of tax and discount included, no shipping
        BigDecimal expected = new BigDecimal(placed.getString("items.find { it.sku == '" + shade.sku() + "' }.unitPrice"))
                .multiply(new BigDecimal(placed.getString("total")).subtract(new BigDecimal(placed.getString("shippingAmount"))))
                .divide(new BigDecimal(placed.getString("subtotal")), 2, RoundingMode.HALF_UP);
        ui.button("Refund the return").click();
        String shown = "€" + expected.toPlainString();
        assertThat(ui.status()).hasText("Refund of " + shown + " requested.");
        assertThat(ui.page().locator("[data-test=refund-amount]")).hasText(shown);
        ui.screenshot("22-return-refunded");

        // what the API says now
        payments.awaitOrder(order.id(), "paymentStatus", "partially_refunded");
        JsonPath after = adminOrder(order.id());
        assertThat(after.getString("status")).isEqualTo("partially_returned");
        assertThat(new BigDecimal(after.getString("refundedAmount"))).isEqualByComparingTo(expected);
        assertThat(given().auth().oauth2(tokens.admin()).get("/api/admin/returns/{id}", returnId)
                .then().statusCode(200).extract().path("status").toString()).isEqualTo("refunded");
        ui.go("#/orders/" + order.id(), "Order " + order.orderNumber());
        assertThat(ui.page().locator("[data-test=lines] tr[data-sku=\"" + shade.sku() + "\"] [data-test=returned]")).hasText("1");
        assertThat(ui.page().locator("[data-test=lines] tr[data-sku=\"" + lamp.sku() + "\"] [data-test=returned]")).hasText("0");
        assertThat(ui.page().locator("[data-test=order-returns] tbody tr")).containsText("Refunded");

        Map<String, Object> shadeEast = level(shade.sku(), east);
        assertThat(shadeEast).containsEntry("onHand", 5).containsEntry("reserved", 0).containsEntry("available", 5);
        assertThat(level(lamp.sku(), "main")).containsEntry("onHand", 3).containsEntry("reserved", 0);
        List<String> eastLedger = given().auth().oauth2(tokens.admin())
                .queryParams(Map.of("sku", shade.sku(), "location", east)).get("/api/admin/inventory/movements")
                .then().statusCode(200).extract().path("data.reason");
        assertThat(eastLedger).containsExactly("return", "sale", "reservation", "transfer");
        List<String> mainLedger = given().auth().oauth2(tokens.admin())
                .queryParams(Map.of("sku", shade.sku(), "location", "main")).get("/api/admin/inventory/movements")
                .then().statusCode(200).extract().path("data.reason");
        assertThat(mainLedger).first().isEqualTo("transfer");

        // and the dashboard's ledger of the shade at the east warehouse says the same
        ui.go("#/inventory/" + shade.sku() + "?location=" + east, "Stock of " + shade.sku());
        Locator ledger = ui.page().locator("[data-test=ledger] tbody tr");
        assertThat(ledger).hasCount(4);
        assertThat(ledger.first()).containsText("Return");
        assertThat(ledger.first()).containsText("+1");
        assertThat(ledger.nth(1)).containsText("Sale");
        assertThat(ledger.nth(3)).containsText("Transfer");
        ui.screenshot("23-inventory-ledger-per-location");
    }

    @Test
    void aLocationIsDeactivatedAndReactivatedAndOnlyAnEmptyOneOtherThanTheDefaultIsDeleted(AdminUi ui) {
        Sku sku = catalog.product("8.00", 3);
        String spare = uniqueCode("spare");
        ui.page().onDialog(dialog -> dialog.accept());
        ui.signIn(accounts.adminEmail(), adminPassword);

        ui.go("#/stock-locations/main", "Location");
        ui.button("Delete the location").click();
        assertThat(ui.alert()).hasText("The default location cannot be deleted (it can be renamed or deactivated).");

        createLocation(ui, spare, "Spare room", 20);
        ui.button("Deactivate").click();
        assertThat(ui.status()).hasText("Location " + spare + " deactivated: its stock is no longer sold.");
        assertThat(ui.heading()).containsText("Inactive");
        assertThat(given().auth().oauth2(tokens.admin()).get("/api/admin/stock-locations").then().statusCode(200)
                .extract().path("find { it.code == '" + spare + "' }.active").toString()).isEqualTo("false");
        ui.button("Reactivate").click();
        assertThat(ui.status()).hasText("Location " + spare + " reactivated: its stock is sold again.");
        assertThat(ui.heading()).containsText("Active");

        // stock there: it cannot be deleted; a transfer refused for lack of stock says so where it was asked
        ui.go("#/inventory/" + sku.sku(), "Stock of " + sku.sku());
        Locator transfer = ui.page().locator("[data-test=transfer-form]");
        transfer.getByLabel("To").selectOption(spare);
        transfer.getByLabel("Quantity").fill("4");
        ui.button("Transfer stock").click();
        assertThat(ui.alert()).hasText("The stock cannot go below zero.");
        transfer.getByLabel("Quantity").fill("2");
        ui.button("Transfer stock").click();
        assertThat(ui.status()).hasText("Moved 2 from main to " + spare + ":");

        ui.go("#/stock-locations/" + spare, "Location Spare room");
        ui.button("Delete the location").click();
        assertThat(ui.alert()).hasText("This location still holds stock (on hand or reserved): transfer it elsewhere first.");
        ui.screenshot("24-location-not-empty");

        ui.go("#/inventory/" + sku.sku(), "Stock of " + sku.sku());
        transfer.getByLabel("From").selectOption(spare);
        transfer.getByLabel("To").selectOption("main");
        transfer.getByLabel("Quantity").fill("2");
        ui.button("Transfer stock").click();
        assertThat(ui.status()).hasText("Moved 2 from " + spare + " to main:");

        ui.go("#/stock-locations/" + spare, "Location Spare room");
        ui.button("Delete the location").click();
        assertThat(ui.heading()).hasText("Stock locations");
        assertThat(ui.page().locator("[data-test=locations] tr[data-location=\"" + spare + "\"]")).hasCount(0);
        assertThat(level(sku.sku(), "main")).containsEntry("onHand", 3);
    }

    @Test
    void aReturnRejectedWithAReasonSaysWhyAndTakesNothingBack(AdminUi ui) {
        Sku sku = catalog.product("15.00", 3);
        Placed order = paidOrder(ui.port(), sku);
        deliver(order.id());
        String item = adminOrder(order.id()).getString("items[0].id");
        String returnId = given().header("X-Guest-Token", order.guestToken()).contentType("application/json")
                .body(Map.of("items", List.of(Map.of("orderItemId", item, "quantity", 1, "reason", "changed my mind"))))
                .post("/api/orders/{id}/returns", order.id()).then().statusCode(201).extract().path("id");
        ui.signIn(accounts.adminEmail(), adminPassword);

        ui.go("#/returns/" + returnId, "Return · Order " + order.orderNumber());
        ui.button("Reject the return").click();
        assertThat(ui.page().getByLabel("Reason for rejecting")).hasAttribute("aria-invalid", "true");
        ui.page().getByLabel("Reason for rejecting").fill("worn");
        ui.button("Reject the return").click();

        assertThat(ui.status()).hasText("Return rejected.");
        assertThat(ui.page().locator("[data-test=rejection]")).hasText("Rejected because: worn");
        assertThat(ui.button("Approve the return")).hasCount(0);
        assertThat(ui.page().locator("[data-test=receive-form]")).hasCount(0);
        assertThat(given().auth().oauth2(tokens.admin()).get("/api/admin/returns/{id}", returnId).then()
                .statusCode(200).extract().path("status").toString()).isEqualTo("rejected");
        assertThat(adminOrder(order.id()).getString("status")).isEqualTo("delivered");

        ui.go("#/returns?status=rejected", "Returns");
        assertThat(ui.page().locator("[data-test=returns] tr[data-return=\"" + returnId + "\"]")).containsText("Rejected");
    }

    @Test
    void anOrderManagerShipsAParcelFromWhereTheOrderIsReservedWithoutBeingOfferedStockLocations(AdminUi ui) {
        Placed order = paidOrder(ui.port(), catalog.product("12.00", 2));
        TestAccounts.Account manager = accounts.withRole("order_manager");
        ui.signIn(manager.email(), manager.password());

        assertThat(ui.menu("Returns")).hasCount(1);
        assertThat(ui.menu("Stock locations")).hasCount(0);
        ui.go("#/orders/" + order.id(), "Order " + order.orderNumber());
        Locator ship = ui.page().locator("[data-test=ship-form]");
        assertThat(ship.getByLabel("Ship from")).hasValue("main");
        ship.getByLabel("Tracking number").fill("TRK-M-" + order.orderNumber());
        ui.button("Ship the parcel").click();

        assertThat(ui.status()).hasText("Parcel shipped from main: the order is Shipped.");
        assertThat(ui.page().locator("[data-test=parcels] > li")).hasCount(1);
        assertThat(adminOrder(order.id()).getString("status")).isEqualTo("shipped");
        assertThat(adminOrder(order.id()).getString("fulfilments[0].trackingNumber")).isEqualTo("TRK-M-" + order.orderNumber());
    }
}
