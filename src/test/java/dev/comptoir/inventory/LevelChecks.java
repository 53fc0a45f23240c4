package dev.comptoir.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** The invariants of ADR 0012, read straight from the tables after a workload. */
final class LevelChecks {

    private LevelChecks() {}

    /**
     * Every level of the SKU equals its ledger (on_hand = Σ delta, reserved = Σ reserved_delta per
     * location), each line's after-values are the running sums and never negative, reserved equals what
     * the orders' reservations hold there, and the storefront shows the available sum over active locations.
     */
    static void assertLevelsAddUp(JdbcTemplate jdbc, String sku) {
        List<Map<String, Object>> levels = jdbc.queryForList("SELECT location_code, on_hand, reserved FROM stock_levels "
                + "WHERE sku = ? ORDER BY location_code", sku);
        assertThat(levels).isNotEmpty();
        int available = 0;
        for (Map<String, Object> level : levels) {
            String location = (String) level.get("location_code");
            int onHand = (Integer) level.get("on_hand");
            int reserved = (Integer) level.get("reserved");
            List<int[]> ledger = jdbc.query("SELECT delta, stock_after, reserved_delta, reserved_after FROM stock_movements "
                    + "WHERE sku = ? AND location_code = ? ORDER BY id", (rs, i) -> new int[] {rs.getInt(1), rs.getInt(2),
                    rs.getInt(3), rs.getInt(4)}, sku, location);
            int runningOnHand = 0;
            int runningReserved = 0;
            for (int[] line : ledger) {
                runningOnHand += line[0];
                runningReserved += line[2];
                assertThat(line[1]).as("%s at %s: stock_after", sku, location).isEqualTo(runningOnHand);
                assertThat(line[3]).as("%s at %s: reserved_after", sku, location).isEqualTo(runningReserved);
                assertThat(runningReserved).isNotNegative().isLessThanOrEqualTo(runningOnHand);
            }
            assertThat(onHand).as("on hand of %s at %s", sku, location).isEqualTo(runningOnHand).isNotNegative();
            assertThat(reserved).as("reserved of %s at %s", sku, location).isEqualTo(runningReserved)
                    .isEqualTo(jdbc.queryForObject("SELECT coalesce(sum(quantity), 0) FROM stock_reservations "
                            + "WHERE sku = ? AND location_code = ?", Integer.class, sku, location));
            if (jdbc.queryForObject("SELECT active FROM stock_locations WHERE code = ?", Boolean.class, location)) {
                available += onHand - reserved;
            }
        }
        assertThat(jdbc.queryForObject("SELECT stock FROM products WHERE sku = ? UNION ALL "
                + "SELECT stock FROM product_variants WHERE sku = ?", Integer.class, sku, sku))
                .as("storefront stock of %s", sku).isEqualTo(available);
    }
}
