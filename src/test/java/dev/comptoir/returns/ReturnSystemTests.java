package dev.comptoir.returns;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.comptoir.returns.ReturnFixtures.Delivered;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Returns of delivered orders (ADR 0012): request, approval, receipt into stock, refund, and their refusals. */
@SystemTest
class ReturnSystemTests {

    @Autowired
    ReturnFixtures fixtures;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    dev.comptoir.support.TestTokens tokens;

    @Test
    void aReturnIsRequestedApprovedReceivedIntoStockAndRefundedThenTheRestMakesTheOrderReturned() {
        Delivered order = fixtures.deliveredOrder("10.00", 3);
        String returnId = fixtures.requestReturn(order, 1).then().statusCode(201)
                .body("status", equalTo("requested")).body("orderId", equalTo(order.id()))
                .body("orderNumber", equalTo(order.orderNumber())).body("note", equalTo("please"))
                .body("items", hasSize(1)).body("items[0].orderItemId", equalTo(order.item()))
                .body("items[0].sku", equalTo(order.sku().sku())).body("items[0].quantity", equalTo(1))
                .body("items[0].reason", equalTo("too small")).body("items[0].receivedQuantity", equalTo(0))
                .body("refund", nullValue()).extract().path("id");
        order.customer().get("/api/orders/{id}/returns", order.id()).then().statusCode(200)
                .body("id", contains(returnId));
        // someone else's order is not found, for them as for anyone
        given().auth().oauth2(accounts.register().accessToken()).get("/api/orders/{id}/returns", order.id()).then()
                .statusCode(404).body("error", equalTo("order_not_found"));

        fixtures.approve(returnId).then().statusCode(200).body("status", equalTo("approved"))
                .body("approvedAt", notNullValue());
        int stockBefore = fixtures.stockOf(order.sku().sku());
        fixtures.receive(returnId, order.item(), 1, "resellable").then().statusCode(200)
                .body("status", equalTo("received")).body("items[0].receivedQuantity", equalTo(1))
                .body("items[0].damagedQuantity", equalTo(0)).body("receivedAt", notNullValue());
        assertThat(fixtures.stockOf(order.sku().sku())).isEqualTo(stockBefore + 1);
        assertThat(jdbc.queryForList("SELECT reason FROM stock_movements WHERE order_id = ?::uuid AND delta > 0",
                String.class, order.id())).containsExactly("return");
        assertThat(fixtures.orderStatus(order.id())).isEqualTo("partially_returned");

        // one unit of three, at 10.00 + 20% VAT: its share of what was paid
        BigDecimal paid = new BigDecimal(order.placed().getString("total"))
                .subtract(new BigDecimal(order.placed().getString("shippingAmount")));
        assertThat(paid).isEqualByComparingTo("36.00");
        fixtures.refund(returnId, Map.of()).then().statusCode(200).body("status", equalTo("refunded"))
                .body("refund.amount", equalTo(12.0f)).body("refund.includeShipping", equalTo(false))
                .body("refund.refundId", notNullValue()).body("refundedAt", notNullValue());
        fixtures.awaitPaymentStatus(order.id(), "partially_refunded");
        order.customer().get("/api/orders/{id}/returns", order.id()).then().statusCode(200)
                .body("[0].refund.status", equalTo("succeeded"));

        String rest = fixtures.receivedReturn(order, 2);
        assertThat(fixtures.orderStatus(order.id())).isEqualTo("returned");
        assertThat(fixtures.stockOf(order.sku().sku())).isEqualTo(stockBefore + 3);
        fixtures.staff().queryParam("orderId", order.id()).get("/api/admin/returns").then().statusCode(200)
                .body("data.id", contains(rest, returnId)).body("pagination.total", equalTo(2));
        fixtures.staff().queryParam("orderId", order.id()).queryParam("status", "received").get("/api/admin/returns")
                .then().statusCode(200).body("data.id", contains(rest));
    }

    @Test
    void damagedUnitsComeBackAndAreWrittenOffAtTheirLocation() {
        Delivered order = fixtures.deliveredOrder("10.00", 2);
        String returnId = fixtures.requestReturn(order, 2).then().statusCode(201).extract().path("id");
        fixtures.approve(returnId).then().statusCode(200);
        int stockBefore = fixtures.stockOf(order.sku().sku());
        fixtures.receive(returnId, order.item(), 1, "damaged").then().statusCode(200)
                .body("status", equalTo("approved")).body("items[0].receivedQuantity", equalTo(1))
                .body("items[0].damagedQuantity", equalTo(1));
        assertThat(fixtures.stockOf(order.sku().sku())).isEqualTo(stockBefore);
        assertThat(fixtures.orderStatus(order.id())).isEqualTo("partially_returned");
        fixtures.receive(returnId, order.item(), 1, "resellable").then().statusCode(200)
                .body("status", equalTo("received")).body("items[0].receivedQuantity", equalTo(2))
                .body("items[0].damagedQuantity", equalTo(1));
        assertThat(fixtures.stockOf(order.sku().sku())).isEqualTo(stockBefore + 1);
        assertThat(fixtures.orderStatus(order.id())).isEqualTo("returned");
        // the ledger: the damaged unit came back, then was written off; the other one came back
        assertThat(jdbc.queryForList("SELECT reason || ':' || delta FROM stock_movements WHERE order_id = ?::uuid "
                + "AND reason IN ('return', 'write_off') ORDER BY id", String.class, order.id()))
                .containsExactly("return:1", "write_off:-1", "return:1");
    }

    @Test
    void anOrderIsReturnableOnlyOnceDeliveredAndWithinTheWindow() {
        Delivered paid = fixtures.paidOrder("10.00", 1);
        fixtures.requestReturn(paid, 1).then().statusCode(409).body("error", equalTo("order_not_returnable"))
                .body("orderStatus", equalTo("confirmed"));

        Delivered order = fixtures.deliveredOrder("10.00", 1);
        jdbc.update("UPDATE orders SET delivered_at = now() - interval '31 days' WHERE id = ?::uuid", order.id());
        fixtures.requestReturn(order, 1).then().statusCode(422).body("error", equalTo("return_window_closed"));
        jdbc.update("UPDATE orders SET delivered_at = now() - interval '29 days' WHERE id = ?::uuid", order.id());
        fixtures.requestReturn(order, 1).then().statusCode(201);
    }

    @Test
    void neverMoreIsAskedBackThanWasBoughtUnlessAReturnWasRejected() {
        Delivered order = fixtures.deliveredOrder("10.00", 2);
        fixtures.requestReturn(order, 3).then().statusCode(422).body("error", equalTo("return_quantity_exceeded"))
                .body("returnable", equalTo(2));
        String first = fixtures.requestReturn(order, 2).then().statusCode(201).extract().path("id");
        fixtures.requestReturn(order, 1).then().statusCode(422).body("error", equalTo("return_quantity_exceeded"))
                .body("returnable", equalTo(0));
        fixtures.requestReturn(order.customer(), order.id(), List.of(Map.of("orderItemId",
                java.util.UUID.randomUUID().toString(), "quantity", 1))).then().statusCode(422)
                .body("error", equalTo("invalid_return_item"));

        fixtures.staff().contentType("application/json").body(Map.of("reason", "worn"))
                .post("/api/admin/returns/{id}/reject", first).then().statusCode(200)
                .body("status", equalTo("rejected")).body("rejectionReason", equalTo("worn"));
        fixtures.requestReturn(order, 2).then().statusCode(201);
    }

    @Test
    void anActionTheReturnsStateDoesNotAllowIsAnInvalidTransition() {
        Delivered order = fixtures.deliveredOrder("10.00", 1);
        String returnId = fixtures.requestReturn(order, 1).then().statusCode(201).extract().path("id");
        fixtures.receive(returnId, order.item(), 1, "resellable").then().statusCode(409)
                .body("error", equalTo("invalid_transition")).body("from", equalTo("requested"))
                .body("to", equalTo("received"));
        fixtures.approve(returnId).then().statusCode(200);
        fixtures.approve(returnId).then().statusCode(409).body("error", equalTo("invalid_transition"))
                .body("from", equalTo("approved")).body("to", equalTo("approved"));
        fixtures.refund(returnId, Map.of()).then().statusCode(409).body("error", equalTo("invalid_transition"))
                .body("from", equalTo("approved")).body("to", equalTo("refunded"));
        fixtures.receive(returnId, order.item(), 2, "resellable").then().statusCode(409)
                .body("error", equalTo("return_quantity_exceeded"));
        fixtures.receive(returnId, order.item(), 1, "resellable").then().statusCode(200);
        fixtures.receive(returnId, order.item(), 1, "resellable").then().statusCode(409)
                .body("error", equalTo("return_quantity_exceeded"));
        fixtures.staff().get("/api/admin/returns/{id}", java.util.UUID.randomUUID()).then().statusCode(404)
                .body("error", equalTo("return_not_found"));
    }

    @Test
    void theShippingIsRefundedOnRequestAndAnExplicitAmountReplacesTheDefault() {
        Delivered order = fixtures.deliveredOrder("10.00", 2); // 24.00 with VAT: shipping is charged
        BigDecimal shipping = new BigDecimal(order.placed().getString("shippingAmount"));
        assertThat(shipping).isPositive();
        String first = fixtures.receivedReturn(order, 1);
        fixtures.refund(first, Map.of("includeShipping", true)).then().statusCode(200)
                .body("refund.amount", equalTo(new BigDecimal("12.00").add(shipping).floatValue()))
                .body("refund.includeShipping", equalTo(true));
        String second = fixtures.receivedReturn(order, 1);
        fixtures.refund(second, Map.of("includeShipping", true)).then().statusCode(422)
                .body("error", equalTo("shipping_already_refunded"));
        // more than is left of the payment: payments refuses, the return stays received
        fixtures.refund(second, Map.of("amount", 1000)).then().statusCode(422)
                .body("error", equalTo("refund_exceeds_payment"));
        fixtures.staff().get("/api/admin/returns/{id}", second).then().body("status", equalTo("received"));
        fixtures.refund(second, Map.of("amount", 5)).then().statusCode(200).body("refund.amount", equalTo(5.0f));
    }

    @Test
    void aGuestReturnsWithTheOrdersToken() {
        // a guest's order through the guest routes, then paid and delivered like any other
        Delivered order = fixtures.deliveredGuestOrder("10.00");
        fixtures.requestReturn(given(), order.id(), List.of(Map.of("orderItemId", order.item(), "quantity", 1)))
                .then().statusCode(404).body("error", equalTo("order_not_found"));
        fixtures.requestReturn(given().header("X-Guest-Token", order.token()), order.id(),
                List.of(Map.of("orderItemId", order.item(), "quantity", 1))).then().statusCode(201);
        given().header("X-Guest-Token", order.token()).get("/api/orders/{id}/returns", order.id()).then()
                .statusCode(200).body("", hasSize(1));
    }

    @Test
    void anExchangeReservesAnotherVariantOnApprovalAndRefundsOnlyWhatItCostsLess() {
        Map<String, dev.comptoir.support.TestCatalog.Sku> sizes = fixtures.sizes(Map.of("M", "10.00", "L", "10.00",
                "S", "8.00", "XL", "15.00"));
        Delivered order = fixtures.deliveredOrder(sizes.get("M"), 2);
        Delivered other = fixtures.deliveredOrder("10.00", 1);
        // a dearer variant, the same variant, another product's: refused
        for (java.util.UUID refused : List.of(sizes.get("XL").variantId(), sizes.get("M").variantId(),
                other.sku().productId())) {
            fixtures.requestReturn(order.customer(), order.id(), List.of(Map.of("orderItemId", order.item(),
                    "quantity", 1, "replacementVariantId", refused))).then().statusCode(422)
                    .body("error", equalTo("invalid_replacement"));
        }
        String same = fixtures.requestReturn(order.customer(), order.id(), List.of(Map.of("orderItemId", order.item(),
                "quantity", 1, "reason", "too small", "replacementVariantId", sizes.get("L").variantId())))
                .then().statusCode(201).body("items[0].replacement.variantId",
                        equalTo(sizes.get("L").variantId().toString()))
                .body("items[0].replacement.sku", equalTo(sizes.get("L").sku())).extract().path("id");
        String cheaper = fixtures.requestReturn(order.customer(), order.id(), List.of(Map.of("orderItemId",
                order.item(), "quantity", 1, "replacementVariantId", sizes.get("S").variantId())))
                .then().statusCode(201).extract().path("id");

        int largeBefore = fixtures.stockOf(sizes.get("L").sku());
        fixtures.approve(same).then().statusCode(200);
        assertThat(fixtures.stockOf(sizes.get("L").sku())).isEqualTo(largeBefore - 1);
        assertThat(jdbc.queryForList("SELECT sku || ':' || quantity || ':' || unit_price FROM order_items "
                + "WHERE order_id = ?::uuid AND exchange_for = ?::uuid", String.class, order.id(), order.item()))
                .containsExactly(sizes.get("L").sku() + ":1:10.00");
        fixtures.receive(same, order.item(), 1, "resellable").then().statusCode(200);
        // the same price: nothing to give back, no refund asked of payments
        fixtures.refund(same, Map.of()).then().statusCode(200).body("status", equalTo("refunded"))
                .body("refund.amount", equalTo(0.0f)).body("refund.refundId", nullValue());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM refunds WHERE order_id = ?::uuid", Integer.class,
                order.id())).isZero();

        fixtures.approve(cheaper).then().statusCode(200);
        fixtures.receive(cheaper, order.item(), 1, "resellable").then().statusCode(200);
        // 2.00 less, with 20% VAT
        fixtures.refund(cheaper, Map.of()).then().statusCode(200).body("refund.amount", equalTo(2.4f));
        // the two units bought are back; the replacements are not returns
        assertThat(fixtures.orderStatus(order.id())).isEqualTo("returned");
    }

    @Test
    void unitsGoBackOnHandAtTheLocationTheyArriveAtAndAnUnknownOneReceivesNothing() {
        String location = "returns-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        // no location route yet: the location as inventory stores it
        jdbc.update("INSERT INTO stock_locations (code, name, priority) VALUES (?, 'Returns desk', 50)", location);
        Delivered order = fixtures.deliveredOrder("10.00", 2);
        String returnId = fixtures.requestReturn(order, 2).then().statusCode(201).extract().path("id");
        fixtures.approve(returnId).then().statusCode(200);

        fixtures.staff().contentType("application/json").body(Map.of("items", List.of(Map.of("orderItemId",
                order.item(), "quantity", 2, "condition", "resellable", "location", "nowhere"))))
                .post("/api/admin/returns/{id}/receive", returnId).then().statusCode(404)
                .body("error", equalTo("location_not_found"));
        fixtures.staff().get("/api/admin/returns/{id}", returnId).then().body("items[0].receivedQuantity", equalTo(0));

        fixtures.staff().contentType("application/json").body(Map.of("items", List.of(
                Map.of("orderItemId", order.item(), "quantity", 1, "condition", "resellable", "location", location),
                Map.of("orderItemId", order.item(), "quantity", 1, "condition", "resellable"))))
                .post("/api/admin/returns/{id}/receive", returnId).then().statusCode(200)
                .body("status", equalTo("received"));
        assertThat(jdbc.queryForList("SELECT location_code || ':' || on_hand FROM stock_levels WHERE sku = ? "
                + "ORDER BY location_code", String.class, order.sku().sku()))
                .contains("main:49", location + ":1");
    }

    @Test
    void anExchangeWhoseReplacementIsOutOfStockIsNotApproved() {
        Map<String, dev.comptoir.support.TestCatalog.Sku> sizes = fixtures.sizes(Map.of("M", "10.00", "L", "10.00"));
        Delivered order = fixtures.deliveredOrder(sizes.get("M"), 1);
        String returnId = fixtures.requestReturn(order.customer(), order.id(), List.of(Map.of("orderItemId",
                order.item(), "quantity", 1, "replacementVariantId", sizes.get("L").variantId())))
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(tokens.staff("inventory:manage")).contentType("application/json")
                .body(Map.of("sku", sizes.get("L").sku(), "delta", -20, "reason", "adjustment"))
                .post("/api/admin/inventory/adjustments").then().statusCode(201);
        fixtures.approve(returnId).then().statusCode(409).body("error", equalTo("insufficient_stock"));
        fixtures.staff().get("/api/admin/returns/{id}", returnId).then().body("status", equalTo("requested"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM order_items WHERE order_id = ?::uuid", Integer.class,
                order.id())).isEqualTo(1);
    }
}
