package dev.comptoir.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V25 on a database with orders shipped before parcels: each shipped order gets one parcel from the
 * default location with its tracking number, delivered when the order was, and its items count as
 * shipped in full; other orders get nothing.
 */
class FulfilmentBackfillTests {

    @Test
    void ordersShippedBeforeParcelsGetOneParcelFromTheDefaultLocation() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            DataSource db = pg.getPostgresDatabase();
            JdbcTemplate jdbc = new JdbcTemplate(db);
            // up to the migration before V25, whichever it is
            MigrationVersion v25 = MigrationVersion.fromVersion("25");
            MigrationVersion before = Arrays.stream(flyway(db, null).info().all()).map(MigrationInfo::getVersion)
                    .filter(v -> v.compareTo(v25) < 0).max(MigrationVersion::compareTo).orElseThrow();
            flyway(db, before).migrate();
            UUID shipped = order(jdbc, "shipped", "1Z-SHIPPED", false, 2, 1);
            UUID delivered = order(jdbc, "delivered", "1Z-DELIVERED", true, 3);
            UUID confirmed = order(jdbc, "confirmed", null, false, 1);

            flyway(db, v25).migrate();

            List<Map<String, Object>> parcels = jdbc.queryForList("""
                    SELECT order_id, location_code, tracking_number, status, delivered_at IS NOT NULL AS delivered
                      FROM order_fulfilments ORDER BY tracking_number""");
            assertThat(parcels).containsExactly(
                    Map.of("order_id", delivered, "location_code", "main", "tracking_number", "1Z-DELIVERED",
                            "status", "delivered", "delivered", true),
                    Map.of("order_id", shipped, "location_code", "main", "tracking_number", "1Z-SHIPPED",
                            "status", "shipped", "delivered", false));
            assertThat(jdbc.queryForList("""
                    SELECT i.quantity AS bought, i.quantity_shipped AS shipped, fi.quantity AS in_parcel
                      FROM order_items i LEFT JOIN order_fulfilment_items fi ON fi.order_item_id = i.id
                     WHERE i.order_id = ? ORDER BY i.position""", shipped))
                    .containsExactly(Map.of("bought", 2, "shipped", 2, "in_parcel", 2),
                            Map.of("bought", 1, "shipped", 1, "in_parcel", 1));
            assertThat(jdbc.queryForObject("SELECT quantity_shipped FROM order_items WHERE order_id = ?",
                    Integer.class, confirmed)).isZero();
        }
    }

    private static Flyway flyway(DataSource db, MigrationVersion target) {
        var config = Flyway.configure().dataSource(db).locations("classpath:db/migration");
        return (target == null ? config : config.target(target)).load();
    }

    private static UUID order(JdbcTemplate jdbc, String status, String trackingNumber, boolean delivered,
            int... quantities) {
        UUID id = UUID.randomUUID();
        boolean shipped = trackingNumber != null;
        jdbc.update("""
                INSERT INTO orders (id, order_number, email, guest_token_hash, status, payment_status, currency,
                                    subtotal, discount_amount, tax_rate, tax_amount, shipping_amount, total,
                                    total_excl_tax, shipping_address, billing_address, tracking_number,
                                    shipped_at, delivered_at, created_at, updated_at)
                VALUES (?, ?, 'old@example.test', 'hash', ?, 'paid', 'EUR', 10, 0, 0, 0, 0, 10, 10, '{}', '{}', ?,
                        CASE WHEN ? THEN now() END, CASE WHEN ? THEN now() END, now(), now())""",
                id, "CMP-" + id.toString().substring(0, 8), status, trackingNumber, shipped, delivered);
        int position = 0;
        for (int quantity : quantities) {
            jdbc.update("""
                    INSERT INTO order_items (id, order_id, position, product_id, sku, name, unit_price, quantity,
                                             line_total)
                    VALUES (?, ?, ?, ?, ?, 'Old item', 5, ?, 5)""",
                    UUID.randomUUID(), id, position++, UUID.randomUUID(), "OLD-" + position, quantity);
        }
        return id;
    }
}
