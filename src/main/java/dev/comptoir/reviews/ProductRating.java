package dev.comptoir.reviews;

import dev.comptoir.catalog.CatalogService;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a product's rating equal to its approved reviews. A change of a product's approved reviews
 * first takes the product's advisory lock ({@link #lock}), then changes the rows, then
 * {@link #recompute}s from the rows inside the same transaction. The lock is held until commit, so
 * the next writer's recompute (READ COMMITTED: a fresh snapshot per statement) sees this one's rows:
 * the last recompute always counts every approved review, whatever the interleaving.
 */
@Component
class ProductRating {

    private final JdbcTemplate jdbc;
    private final CatalogService catalog;

    ProductRating(JdbcTemplate jdbc, CatalogService catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void lock(UUID productId) {
        jdbc.queryForObject("SELECT pg_advisory_xact_lock(hashtext(?))::text", String.class, "reviews:" + productId);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void recompute(UUID productId) {
        jdbc.query("SELECT avg(rating), count(*) FROM reviews WHERE product_id = ? AND status = 'approved'", rs -> {
            BigDecimal average = rs.getBigDecimal(1);
            catalog.updateRating(productId, average, rs.getInt(2));
        }, productId);
    }

    Optional<UUID> productOf(UUID reviewId) {
        return jdbc.query("SELECT product_id FROM reviews WHERE id = ?", (rs, i) -> rs.getObject(1, UUID.class),
                reviewId).stream().findFirst();
    }
}
