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
}
