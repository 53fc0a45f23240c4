package dev.comptoir.returns;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.comptoir.returns.ReturnFixtures.Delivered;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestCatalog;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An exchange's replacement ships as a parcel of its delivered order, which keeps its status (ADR 0012). */
@SystemTest
class ExchangeParcelSystemTests {

    @Autowired
    ReturnFixtures fixtures;

    @Test
    void anExchangesReplacementShipsAsAParcelOfTheDeliveredOrder() {
        Map<String, TestCatalog.Sku> sizes = fixtures.sizes(Map.of("M", "10.00", "L", "10.00"));
        Delivered order = fixtures.deliveredOrder(sizes.get("M"), 1);
        String returnId = fixtures.requestReturn(order.customer(), order.id(), List.of(Map.of("orderItemId",
                order.item(), "quantity", 1, "reason", "too small", "replacementVariantId",
                sizes.get("L").variantId()))).then().statusCode(201).extract().path("id");
        fixtures.approve(returnId).then().statusCode(200);
        String replacement = fixtures.staff().get("/api/admin/orders/{id}", order.id()).then()
                .body("items", hasSize(2)).extract()
                .path("items.find { it.sku == '" + sizes.get("L").sku() + "' }.id");
        Map<String, Object> parcel = Map.of("location", "main", "carrier", "UPS", "trackingNumber", "SWAP-1",
                "items", List.of(Map.of("orderItemId", replacement, "quantity", 1)));

        String fulfilment = fixtures.staff().contentType("application/json").body(parcel)
                .post("/api/admin/orders/{id}/fulfilments", order.id()).then().statusCode(201)
                .body("items[0].sku", equalTo(sizes.get("L").sku())).extract().path("id");
        fixtures.staff().contentType("application/json").body(parcel)
                .post("/api/admin/orders/{id}/fulfilments", order.id()).then().statusCode(409)
                .body("error", equalTo("invalid_transition"));
        fixtures.staff().post("/api/admin/orders/{id}/fulfilments/{fid}/deliver", order.id(), fulfilment).then()
                .statusCode(200).body("status", equalTo("delivered"));
        order.customer().get("/api/orders/{id}", order.id()).then()
                .body("status", equalTo("delivered"))
                .body("fulfilments", hasSize(2))
                .body("fulfilments[1].trackingNumber", equalTo("SWAP-1"))
                .body("items.find { it.id == '" + replacement + "' }.quantityShipped", equalTo(1))
                .body("items.find { it.id == '" + order.item() + "' }.quantityReturned", equalTo(0));

        fixtures.receive(returnId, order.item(), 1, "resellable").then().statusCode(200);
        order.customer().get("/api/orders/{id}", order.id()).then()
                .body("status", equalTo("returned"))
                .body("items.find { it.id == '" + order.item() + "' }.quantityReturned", equalTo(1))
                .body("items.find { it.id == '" + replacement + "' }.quantityReturned", equalTo(0));
    }
}
