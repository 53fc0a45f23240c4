package dev.comptoir.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.comptoir.returns.ReturnFixtures.Delivered;
import dev.comptoir.support.Race;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestTokens;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Returns raced by real threads over HTTP: each unit is asked back, received and refunded at most once. */
@SystemTest
class ReturnConcurrencySystemTests {

    @Autowired
    ReturnFixtures fixtures;
    @Autowired
    TestTokens tokens;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twoStaffReceivingTheSameReturnAtOnceReceiveItOnce() throws Exception {
        Delivered order = fixtures.deliveredOrder("10.00", 2);
        String returnId = fixtures.requestReturn(order, 2).then().statusCode(201).extract().path("id");
        fixtures.approve(returnId).then().statusCode(200);
        int stockBefore = fixtures.stockOf(order.sku().sku());
        Callable<Response> receive = () -> fixtures.receive(returnId, order.item(), 2, "resellable");
        List<Response> results = Race.all(List.of(receive, receive));
        assertThat(results).extracting(Response::statusCode).containsExactlyInAnyOrder(200, 409);
        assertThat(results).filteredOn(r -> r.statusCode() == 409).extracting(r -> r.<String>path("error"))
                .containsExactly("return_quantity_exceeded");
        assertThat(fixtures.stockOf(order.sku().sku())).isEqualTo(stockBefore + 2);
        assertThat(jdbc.queryForObject("SELECT quantity_returned FROM order_items WHERE id = ?::uuid", Integer.class,
                order.item())).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM stock_movements WHERE order_id = ?::uuid "
                + "AND reason = 'return'", Integer.class, order.id())).isEqualTo(1);
        assertThat(fixtures.orderStatus(order.id())).isEqualTo("returned");
    }

    @Test
    void twoRequestsForTheSameUnitsAtOnceLetOneThrough() throws Exception {
        Delivered order = fixtures.deliveredOrder("10.00", 2);
        Callable<Response> request = () -> fixtures.requestReturn(order, 2);
        List<Response> results = Race.all(List.of(request, request, request));
        assertThat(results).extracting(Response::statusCode).containsExactlyInAnyOrder(201, 422, 422);
        assertThat(results).filteredOn(r -> r.statusCode() == 422).extracting(r -> r.<String>path("error"))
                .containsOnly("return_quantity_exceeded");
        assertThat(jdbc.queryForObject("SELECT sum(i.quantity) FROM return_items i JOIN returns r ON r.id = i.return_id "
                + "WHERE r.order_id = ?::uuid", Integer.class, order.id())).isEqualTo(2);
    }

    @Test
    void refundingAReturnTwiceAtOnceRefundsItOnce() throws Exception {
        Delivered order = fixtures.deliveredOrder("10.00", 3);
        String returnId = fixtures.receivedReturn(order, 1);
        Callable<Response> refund = () -> fixtures.refund(returnId, Map.of());
        List<Response> results = Race.all(List.of(refund, refund, refund));
        assertThat(results).extracting(Response::statusCode).containsExactlyInAnyOrder(200, 409, 409);
        assertThat(results).filteredOn(r -> r.statusCode() == 409).extracting(r -> r.<String>path("error"))
                .containsOnly("invalid_transition");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM refunds WHERE order_id = ?::uuid", Integer.class,
                order.id())).isEqualTo(1);
        fixtures.awaitPaymentStatus(order.id(), "partially_refunded");
        assertThat(jdbc.queryForObject("SELECT refunded_amount FROM orders WHERE id = ?::uuid", BigDecimal.class,
                order.id())).isEqualByComparingTo("12.00");
    }

    /**
     * A full refund by staff and a return request at once: whichever comes first, the money given back
     * never passes what was paid, and a return accepted before the order was refunded cannot be refunded
     * on top of it.
     */
    @Test
    void aReturnRequestRacingAFullRefundNeverRefundsMoreThanWasPaid() throws Exception {
        Delivered order = fixtures.deliveredOrder("10.00", 2);
        Callable<Response> request = () -> fixtures.requestReturn(order, 2);
        Callable<Response> refundAll = () -> fixtures.staff().contentType("application/json")
                .body(Map.of("reason", "goodwill")).post("/api/admin/orders/{id}/refunds", order.id()).then()
                .extract().response();
        List<Response> results = Race.all(List.of(request, refundAll));
        assertThat(results.get(1).statusCode()).isEqualTo(201);
        fixtures.awaitPaymentStatus(order.id(), "refunded");
        assertThat(fixtures.orderStatus(order.id())).isEqualTo("refunded");
        // once refunded in full, the order takes no more returns
        fixtures.requestReturn(order, 1).then().statusCode(409).body("error", equalTo("order_not_returnable"));
        if (results.get(0).statusCode() == 201) {
            String returnId = results.get(0).path("id");
            fixtures.approve(returnId).then().statusCode(200);
            fixtures.receive(returnId, order.item(), 2, "resellable").then().statusCode(200);
            // the goods are back, the order stays refunded, and nothing is left to give back
            assertThat(fixtures.orderStatus(order.id())).isEqualTo("refunded");
            fixtures.refund(returnId, Map.of()).then().statusCode(409).body("error", equalTo("already_refunded"));
        } else {
            assertThat(results.get(0).statusCode()).isEqualTo(409);
        }
        BigDecimal paid = new BigDecimal(order.placed().getString("total"));
        assertThat(jdbc.queryForObject("SELECT sum(amount) FROM refunds WHERE order_id = ?::uuid", BigDecimal.class,
                order.id())).isEqualByComparingTo(paid);
    }
}
