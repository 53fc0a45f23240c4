package dev.comptoir.catalog.product;

import dev.comptoir.catalog.SkuAvailable;
import dev.comptoir.catalog.SkuRenamed;
import dev.comptoir.catalog.StockChanged;
import dev.comptoir.catalog.StockCountRequested;
import dev.comptoir.catalog.StockStatusChanged;
import dev.comptoir.catalog.StockWithdrawalRequested;
import dev.comptoir.shared.error.BadRequestException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog's side of stock. Inventory decides stock (ADR 0012); the stock columns here are its read
 * projection, the available units over active locations, which only {@link #show} writes (one statement
 * for any number of SKUs) and which publishes {@link StockChanged} / {@link StockStatusChanged} for the
 * caches and the search index. A product write carrying stock asks inventory by {@link StockCountRequested}.
 */
@Component
public class StockKeeper {

    // the pre-update value comes from a self-join: the statement's snapshot, taken under the level locks
    // inventory holds, so it is the committed projection
    private static final String SHOW = """
            WITH i AS (SELECT * FROM unnest(?::varchar[], ?::uuid[], ?::uuid[], ?::int[])
                       AS i(sku, product_id, variant_id, available)),
            v AS (UPDATE product_variants v SET stock = i.available FROM i, product_variants o
                   WHERE v.id = i.variant_id AND o.id = v.id AND v.stock <> i.available
                  RETURNING i.sku, v.product_id, v.id AS variant_id, o.stock AS before, v.stock AS after),
            p AS (UPDATE products p SET stock = i.available FROM i, products o
                   WHERE i.variant_id IS NULL AND p.id = i.product_id AND o.id = p.id AND p.stock <> i.available
                     AND NOT EXISTS (SELECT 1 FROM product_variants x WHERE x.product_id = p.id)
                  RETURNING i.sku, p.id AS product_id, NULL::uuid AS variant_id, o.stock AS before, p.stock AS after)
            SELECT * FROM v UNION ALL SELECT * FROM p""";

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    StockKeeper(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Writes what the storefront shows of each SKU; unchanged and unknown SKUs publish nothing. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void show(Collection<SkuAvailable> skus, String reason, UUID orderId, String actor) {
        if (skus.isEmpty()) {
            return;
        }
        Object[] names = skus.stream().map(SkuAvailable::sku).toArray();
        Object[] products = skus.stream().map(SkuAvailable::productId).toArray();
        Object[] variants = skus.stream().map(SkuAvailable::variantId).toArray();
        Object[] available = skus.stream().map(s -> Math.max(0, s.available())).toArray();
        jdbc.query(con -> {
            var statement = con.prepareStatement(SHOW);
            statement.setArray(1, con.createArrayOf("varchar", names));
            statement.setArray(2, con.createArrayOf("uuid", products));
            statement.setArray(3, con.createArrayOf("uuid", variants));
            statement.setArray(4, con.createArrayOf("int4", available));
            return statement;
        }, (RowCallbackHandler) rs -> {
            String sku = rs.getString(1);
            UUID productId = rs.getObject(2, UUID.class);
            UUID variantId = rs.getObject(3, UUID.class);
            int before = rs.getInt(4);
            int after = rs.getInt(5);
            events.publishEvent(new StockChanged(sku, productId, variantId, after - before, after, reason, orderId,
                    actor));
            if (!StockStatus.of(before).equals(StockStatus.of(after))) {
                events.publishEvent(new StockStatusChanged(sku, productId, variantId, StockStatus.of(before),
                        StockStatus.of(after), after));
            }
        });
    }

    /** The projection of a product's own SKU or of a variant's now (0 for an unknown one). */
    int shown(UUID productId, UUID variantId) {
        List<Integer> found = variantId != null
                ? jdbc.queryForList("SELECT stock FROM product_variants WHERE id = ?", Integer.class, variantId)
                : jdbc.queryForList("SELECT stock FROM products WHERE id = ?", Integer.class, productId);
        return found.isEmpty() ? 0 : found.get(0);
    }

    /** The projection of a product's own SKU and of each of its variants, in one query (key: the variant id, null for the product's own). */
    Map<UUID, Integer> shownOf(UUID productId) {
        Map<UUID, Integer> shown = new HashMap<>();
        jdbc.query("SELECT NULL::uuid, stock FROM products WHERE id = ? UNION ALL "
                + "SELECT id, stock FROM product_variants WHERE product_id = ?",
                (RowCallbackHandler) rs -> shown.put(rs.getObject(1, UUID.class), rs.getInt(2)), productId, productId);
        return shown;
    }

    /** Asks inventory to set the SKUs' on-hand at the default location (the rows must be flushed). */
    void count(List<StockCountRequested.Count> counts, String reason, String actor) {
        for (StockCountRequested.Count c : counts) {
            if (c.onHand() < 0) {
                throw new BadRequestException("invalid_quantity", "Stock cannot be negative");
            }
        }
        if (!counts.isEmpty()) {
            events.publishEvent(new StockCountRequested(List.copyOf(counts), reason, actor));
        }
    }

    void count(String sku, UUID productId, UUID variantId, int onHand, String reason, String actor) {
        count(List.of(new StockCountRequested.Count(sku, productId, variantId, onHand)), reason, actor);
    }

    void withdraw(String sku, UUID productId, UUID variantId, String actor) {
        events.publishEvent(new StockWithdrawalRequested(sku, productId, variantId, actor));
    }

    void renamed(String from, String to) {
        events.publishEvent(new SkuRenamed(from, to));
    }
}
