package dev.comptoir.inventory;

import dev.comptoir.catalog.CatalogService;
import dev.comptoir.shared.error.ConflictException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only writer of stock levels (ADR 0012). A transaction first {@link #lock}s every level row of
 * the SKUs it touches, in (SKU, location) order, plans on that snapshot, then {@link #apply}s its
 * changes: one statement moves the levels (each UPDATE conditional on {@code 0 <= reserved <= on_hand}),
 * writes their ledger lines and, at checkout, the order's reservation rows; then the storefront
 * projection of the SKUs is written through the catalog in the same transaction.
 */
@Component
class LevelWriter {

    private static final String LOCK = """
            SELECT l.sku, l.location_code, l.product_id, l.variant_id, l.on_hand, l.reserved, s.active, s.priority
              FROM stock_levels l JOIN stock_locations s ON s.code = l.location_code
             WHERE l.sku = ANY (?) ORDER BY l.sku, l.location_code FOR UPDATE OF l""";

    private static final String APPLY = """
            WITH c AS (SELECT * FROM unnest(?::varchar[], ?::varchar[], ?::int[], ?::int[], ?::varchar[])
                       WITH ORDINALITY AS c(sku, location_code, d_on, d_res, reason, n)),
            l AS (UPDATE stock_levels l SET on_hand = l.on_hand + c.d_on, reserved = l.reserved + c.d_res FROM c
                   WHERE l.sku = c.sku AND l.location_code = c.location_code
                     AND l.on_hand + c.d_on >= l.reserved + c.d_res AND l.reserved + c.d_res >= 0
                  RETURNING l.sku, l.location_code, l.product_id, l.variant_id, c.d_on, c.d_res, c.reason,
                            l.on_hand, l.reserved, c.n),
            r AS (INSERT INTO stock_reservations (order_id, sku, location_code, quantity)
                  SELECT ?, sku, location_code, d_res FROM l WHERE ? AND d_res > 0
                  ON CONFLICT (order_id, sku, location_code)
                  DO UPDATE SET quantity = stock_reservations.quantity + EXCLUDED.quantity)
            INSERT INTO stock_movements (sku, location_code, product_id, variant_id, delta, reserved_delta,
                                         stock_after, reserved_after, reason, order_id, actor, note)
            SELECT sku, location_code, product_id, variant_id, d_on, d_res, on_hand, reserved, reason, ?, ?, ?
              FROM l ORDER BY n
            RETURNING\s""" + Movement.COLUMNS;

    /** Who and what a batch of changes is for; {@code reserveForOrder} adds positive reserved deltas to the order's reservations. */
    record Cause(UUID orderId, String actor, String note, boolean reserveForOrder) {

        static Cause of(String actor) {
            return new Cause(null, actor, null, false);
        }
    }

    /** A level row to create (empty) if the SKU has none at that location yet. */
    record NewLevel(String sku, String location, UUID productId, UUID variantId) {}

    private final JdbcTemplate jdbc;
    private final CatalogService catalog;

    LevelWriter(JdbcTemplate jdbc, CatalogService catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Levels lock(Collection<String> skus) {
        String[] sorted = new LinkedHashSet<>(skus).stream().sorted().toArray(String[]::new);
        if (sorted.length == 0) {
            return new Levels(List.of());
        }
        return new Levels(jdbc.query(LOCK, (rs, i) -> new Level(rs.getString(1), rs.getString(2),
                rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getInt(5), rs.getInt(6), rs.getBoolean(7),
                rs.getInt(8)), (Object) sorted));
    }

    /**
     * {@link #lock} after creating the missing rows among {@code needed}. Existing rows are locked first,
     * so a new row is only ever inserted by a transaction holding its SKU's other rows.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Levels lockCreating(Collection<String> skus, Collection<NewLevel> needed) {
        Set<String> all = new LinkedHashSet<>(skus);
        needed.forEach(n -> all.add(n.sku()));
        Levels locked = lock(all);
        List<NewLevel> missing = needed.stream().filter(n -> locked.at(n.sku(), n.location()).isEmpty())
                .sorted(Comparator.comparing(NewLevel::sku).thenComparing(NewLevel::location)).toList();
        if (missing.isEmpty()) {
            return locked;
        }
        jdbc.batchUpdate("INSERT INTO stock_levels (sku, location_code, product_id, variant_id) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT DO NOTHING", missing.stream()
                .map(n -> new Object[] {n.sku(), n.location(), n.productId(), n.variantId()}).toList());
        return lock(all);
    }

    /**
     * Applies the changes (several on one level are applied in turn) and writes the projection of
     * their SKUs; returns their ledger lines in order. A change the level cannot take (which the plan on
     * the locked snapshot should have refused already) throws {@code insufficient_stock}, rolling back.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Movement> apply(Levels locked, List<LevelChange> changes, Cause cause, String projectionReason) {
        List<Movement> written = new ArrayList<>();
        List<LevelChange> pending = new ArrayList<>(changes);
        while (!pending.isEmpty()) {
            // one statement per round: an UPDATE ... FROM moves a row once, so a level changed twice waits a round
            Set<String> keys = new HashSet<>();
            List<LevelChange> round = new ArrayList<>();
            List<LevelChange> later = new ArrayList<>();
            for (LevelChange c : pending) {
                (keys.add(c.key()) ? round : later).add(c);
            }
            List<Movement> moved = jdbc.query(con -> {
                var statement = con.prepareStatement(APPLY);
                statement.setArray(1, con.createArrayOf("varchar", round.stream().map(LevelChange::sku).toArray()));
                statement.setArray(2, con.createArrayOf("varchar", round.stream().map(LevelChange::location).toArray()));
                statement.setArray(3, con.createArrayOf("int4", round.stream().map(LevelChange::onHandDelta).toArray()));
                statement.setArray(4, con.createArrayOf("int4", round.stream().map(LevelChange::reservedDelta).toArray()));
                statement.setArray(5, con.createArrayOf("varchar", round.stream().map(LevelChange::reason).toArray()));
                statement.setObject(6, cause.orderId());
                statement.setBoolean(7, cause.reserveForOrder() && cause.orderId() != null);
                statement.setObject(8, cause.orderId());
                statement.setString(9, cause.actor());
                statement.setString(10, cause.note());
                return statement;
            }, Movement::map);
            if (moved.size() != round.size()) {
                Set<String> done = new HashSet<>();
                moved.forEach(m -> done.add(m.sku() + "\u0000" + m.location()));
                LevelChange refused = round.stream().filter(c -> !done.contains(c.key())).findFirst().orElseThrow();
                throw insufficient(refused.sku(), locked.at(refused.sku(), refused.location())
                        .map(Level::available).orElse(0),
                        Math.max(Math.abs(refused.onHandDelta()), Math.abs(refused.reservedDelta())));
            }
            written.addAll(moved);
            pending = later;
        }
        catalog.showAvailable(locked.after(changes).projection(changes.stream().map(LevelChange::sku).distinct()
                .toList()), projectionReason, cause.orderId(), cause.actor());
        return written.stream().sorted(Comparator.comparingLong(Movement::id)).toList();
    }

    /** Writes the storefront projection of {@code skus} from their locked levels (a location (de)activated). */
    @Transactional(propagation = Propagation.MANDATORY)
    void project(Levels locked, Collection<String> skus, String reason, String actor) {
        catalog.showAvailable(locked.projection(skus), reason, null, actor);
    }

    static ConflictException insufficient(String sku, int available, int requested) {
        return new ConflictException("insufficient_stock", "Only " + available + " left of " + sku,
                Map.of("sku", sku, "available", available, "requested", requested));
    }
}
