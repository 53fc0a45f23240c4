package dev.comptoir.catalog;

import static dev.comptoir.catalog.CatalogApi.anyone;
import static dev.comptoir.catalog.CatalogApi.product;
import static dev.comptoir.catalog.CatalogApi.variant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.comptoir.inventory.InventoryService;
import dev.comptoir.inventory.InventoryService.StockLine;
import dev.comptoir.shared.error.ConflictException;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestTokens;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stock the catalog shows is inventory's projection (ADR 0012): raced through the inventory façade
 * checkout uses, with real threads on the real database, and published as the catalog's stock events.
 */
@SystemTest
class CatalogStockTests {

    @Autowired
    TestTokens tokens;

    @Autowired
    CatalogService catalog;

    @Autowired
    StockEventRecorder events;

    @Autowired
    InventoryService inventory;

    @Autowired
    TransactionTemplate transaction;

    CatalogApi api;

    @BeforeEach
    void setUp() {
        api = new CatalogApi(tokens.admin());
    }

    @Test
    void twentyBuyersRacingForFiveUnitsLeaveExactlyFiveSalesAndZeroStock() throws Exception {
        Map<String, Object> body = product("Dernières pièces", "10.00", 5);
        String sku = (String) body.get("sku");
        String id = api.create(body);
        assertThat(race(sku, 20)).isEqualTo(5);
        assertThat(catalog.findSku(sku)).get().extracting(SkuView::stock).isEqualTo(0);
        anyone().get("/api/products/" + id).then().body("stockStatus", equalTo("out_of_stock"));
        assertThat(events.forSku(sku)).filteredOn(e -> e.reason().equals("reservation"))
                .hasSize(5).extracting(StockChanged::delta).containsOnly(-1);
    }

    @Test
    void aVariantSkuIsRacedTheSameWay() throws Exception {
        Map<String, Object> body = product("Veste", "90.00", 0);
        Map<String, Object> v = variant("M", Map.of("size", "M"), 3);
        body.put("variants", List.of(v));
        api.create(body);
        String sku = (String) v.get("sku");
        assertThat(race(sku, 10)).isEqualTo(3);
        assertThat(catalog.findSku(sku)).get().extracting(SkuView::stock).isEqualTo(0);
    }

    private int race(String sku, int buyers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(buyers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> tries = new ArrayList<>();
            for (int i = 0; i < buyers; i++) {
                tries.add(pool.submit(() -> {
                    start.await();
                    return reserve(sku, 1, UUID.randomUUID(), "checkout");
                }));
            }
            start.countDown();
            int sold = 0;
            for (Future<Boolean> f : tries) {
                sold += f.get() ? 1 : 0;
            }
            return sold;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Reserves as checkout does, in a transaction of its own; false when refused for lack of stock. */
    private boolean reserve(String sku, int quantity, UUID order, String actor) {
        try {
            transaction.executeWithoutResult(tx -> inventory.reserve(order, List.of(new StockLine(sku, quantity)),
                    actor));
            return true;
        } catch (ConflictException e) {
            assertThat(e.getMessage()).startsWith("Only ");
            return false;
        }
    }

    @Test
    void aSkuViewGivesPriceNameAndStockForCheckout() {
        Map<String, Object> body = product("Robe", "70.00", 0);
        Map<String, Object> red = variant("Rouge", Map.of("color", "red"), 4);
        red.put("price", new BigDecimal("75.5"));
        Map<String, Object> blue = variant("Bleu", Map.of("color", "blue"), 2);
        body.put("variants", List.of(red, blue));
        UUID productId = UUID.fromString(api.create(body));

        SkuView redView = catalog.findSku((String) red.get("sku")).orElseThrow();
        assertThat(redView.productId()).isEqualTo(productId);
        assertThat(redView.variantId()).isNotNull();
        assertThat(redView.name()).isEqualTo("Robe — Rouge");
        assertThat(redView.unitPrice()).isEqualByComparingTo("75.50");
        assertThat(redView.stock()).isEqualTo(4);
        assertThat(redView.active()).isTrue();
        assertThat(catalog.findSku((String) blue.get("sku")).orElseThrow().unitPrice()).isEqualByComparingTo("70.00");
        assertThat(catalog.findSku(productId, redView.variantId())).contains(redView);
        assertThat(catalog.findVariantSku(redView.variantId())).contains(redView);
        // a product with variants is sold through them, not by its own SKU
        assertThat(catalog.findSku((String) body.get("sku"))).isEmpty();
        assertThat(catalog.findProductSku(productId)).isEmpty();
        assertThat(reserve((String) body.get("sku"), 1, UUID.randomUUID(), "checkout")).isFalse();
        assertThat(catalog.findSku("NO-SUCH-SKU-" + UUID.randomUUID())).isEmpty();
        assertThat(catalog.findProduct(productId)).get().extracting(ProductSummary::hasVariants).isEqualTo(true);
    }

    @Test
    void anInactiveOrDeletedProductsSkuIsNotActive() {
        Map<String, Object> body = product("Retiré", "5.00", 3);
        String id = api.create(body);
        api.admin().delete("/api/products/" + id).then().statusCode(204);
        SkuView view = catalog.findSku((String) body.get("sku")).orElseThrow();
        assertThat(view.active()).isFalse();
        assertThat(view.variantId()).isNull();
        assertThat(catalog.findProductSku(UUID.fromString(id))).contains(view);
    }

    @Test
    void everyChangeOfTheShownStockIsPublishedWithItsReason() {
        Map<String, Object> body = product("Cafetière", "30.00", 2);
        String sku = (String) body.get("sku");
        UUID productId = UUID.fromString(api.create(body));
        UUID order = UUID.randomUUID();
        // created showing its stock already: nothing changed for caches beyond the product itself
        assertThat(events.forSku(sku)).isEmpty();

        assertThat(reserve(sku, 3, UUID.randomUUID(), "checkout")).isFalse();
        assertThat(reserve(sku, 2, order, "checkout")).isTrue();
        transaction.executeWithoutResult(tx -> inventory.release(order, "cancellation", "customer"));
        api.admin().body(Map.of("stock", 40)).patch("/api/products/" + productId).then().statusCode(200)
                .body("stock", equalTo(40));
        api.admin().body(Map.of("stock", 40)).patch("/api/products/" + productId).then().statusCode(200);

        List<StockChanged> published = events.forSku(sku);
        assertThat(published).hasSize(3);
        assertThat(published.subList(0, 2)).containsExactly(
                new StockChanged(sku, productId, null, -2, 0, "reservation", order, "checkout"),
                new StockChanged(sku, productId, null, 2, 2, "cancellation", order, "customer"));
        assertThat(published.get(2)).extracting(StockChanged::delta, StockChanged::newStock, StockChanged::reason,
                StockChanged::orderId).containsExactly(38, 40, "adjustment", null);
        assertThat(published.get(2).actor()).isNotBlank();
        assertThat(catalog.findSku(sku)).get().extracting(SkuView::stock).isEqualTo(40);
    }
}
