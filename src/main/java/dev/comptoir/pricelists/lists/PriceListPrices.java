package dev.comptoir.pricelists.lists;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A list's prices, replaced and read in one statement each whatever their number. */
@Component
class PriceListPrices {

    private final JdbcTemplate jdbc;

    PriceListPrices(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void replace(UUID priceListId, List<PriceListPrice> prices) {
        jdbc.update("DELETE FROM price_list_prices WHERE price_list_id = ?", priceListId);
        if (prices.isEmpty()) {
            return;
        }
        jdbc.update(con -> {
            var statement = con.prepareStatement("INSERT INTO price_list_prices (price_list_id, sku, amount) "
                    + "SELECT ?, s, a FROM unnest(?::varchar[], ?::numeric[]) AS t(s, a)");
            statement.setObject(1, priceListId);
            statement.setArray(2, con.createArrayOf("varchar", prices.stream().map(PriceListPrice::sku).toArray()));
            statement.setArray(3, con.createArrayOf("numeric", prices.stream().map(PriceListPrice::amount).toArray()));
            return statement;
        });
    }

    /** Sorted by SKU, at the currency's scale (JPY 1500, EUR 12.50). */
    List<PriceListPrice> of(UUID priceListId, int decimals) {
        return jdbc.query("SELECT sku, amount FROM price_list_prices WHERE price_list_id = ? ORDER BY sku",
                (rs, n) -> new PriceListPrice(rs.getString(1),
                        rs.getBigDecimal(2).setScale(decimals, RoundingMode.HALF_UP)), priceListId);
    }

    Map<UUID, Long> counts(Collection<UUID> priceListIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (priceListIds.isEmpty()) {
            return counts;
        }
        jdbc.query(con -> {
            var statement = con.prepareStatement("SELECT price_list_id, count(*) FROM price_list_prices "
                    + "WHERE price_list_id = ANY(?) GROUP BY price_list_id");
            statement.setArray(1, con.createArrayOf("uuid", priceListIds.toArray()));
            return statement;
        }, rs -> {
            counts.put(rs.getObject(1, UUID.class), rs.getLong(2));
        });
        return counts;
    }
}
