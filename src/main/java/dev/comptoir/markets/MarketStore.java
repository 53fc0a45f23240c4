package dev.comptoir.markets;

import dev.comptoir.pricing.ShippingZone;
import dev.comptoir.shared.money.Money;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The markets and market_countries tables, in plain SQL: a market's countries are rows whose primary
 * key is the country, so that the database itself keeps a country in one market.
 */
@Repository
class MarketStore {

    private static final TypeReference<List<ShippingZone>> ZONES = new TypeReference<>() {};

    private static final String SELECT = """
            SELECT m.code, m.name, m.currency, m.tax_inclusive, m.default_locale, m.locales,
                   m.shipping_zones::text AS shipping_zones, m.is_default, m.created_at, m.updated_at,
                   ARRAY(SELECT c.country FROM market_countries c WHERE c.market_code = m.code
                         ORDER BY c.position) AS countries
            FROM markets m
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    MarketStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Every market, the default first, then by code. */
    List<StoredMarket> findAll() {
        return jdbc.sql(SELECT + " ORDER BY m.is_default DESC, m.code").query(this::row).list();
    }

    Optional<StoredMarket> find(String code) {
        return jdbc.sql(SELECT + " WHERE m.code = :code").param("code", code).query(this::row).optional();
    }

    /** The code of the market listing the country, if one does. */
    Optional<String> marketOf(String country) {
        return jdbc.sql("SELECT market_code FROM market_countries WHERE country = :country")
                .param("country", country).query(String.class).optional();
    }

    /** Inserts a market; false when its code is taken (the caller decides what that means). */
    boolean insert(Market market, Instant now) {
        int rows = jdbc.sql("""
                INSERT INTO markets (code, name, currency, tax_inclusive, default_locale, locales, shipping_zones,
                                     is_default, created_at, updated_at)
                VALUES (:code, :name, :currency, :taxInclusive, :defaultLocale, string_to_array(:locales, ','),
                        CAST(:zones AS jsonb), :isDefault, :now, :now)
                ON CONFLICT (code) DO NOTHING
                """)
                .param("code", market.code()).param("name", market.name()).param("currency", market.currency())
                .param("taxInclusive", market.taxInclusive()).param("defaultLocale", market.defaultLocale())
                .param("locales", String.join(",", market.locales()))
                .param("zones", json.writeValueAsString(market.shippingZones()))
                .param("isDefault", market.isDefault()).param("now", Timestamp.from(now))
                .update();
        if (rows == 1) {
            insertCountries(market);
        }
        return rows == 1;
    }

    /** Inserts the market only when there is none at all (the first start); false when there was one. */
    boolean insertIfEmpty(Market market, Instant now) {
        // another instance starting at the same time inserts the same code: ON CONFLICT makes one of us win
        boolean empty = jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM markets)").query(Boolean.class).single();
        return empty && insert(market, now);
    }

    /** Replaces a market's settings and countries (its code, currency and default flag stay). */
    void update(Market market, Instant now) {
        jdbc.sql("""
                UPDATE markets SET name = :name, tax_inclusive = :taxInclusive, default_locale = :defaultLocale,
                       locales = string_to_array(:locales, ','), shipping_zones = CAST(:zones AS jsonb),
                       updated_at = :now, version = version + 1
                WHERE code = :code
                """)
                .param("code", market.code()).param("name", market.name())
                .param("taxInclusive", market.taxInclusive()).param("defaultLocale", market.defaultLocale())
                .param("locales", String.join(",", market.locales()))
                .param("zones", json.writeValueAsString(market.shippingZones()))
                .param("now", Timestamp.from(now))
                .update();
        jdbc.sql("DELETE FROM market_countries WHERE market_code = :code").param("code", market.code()).update();
        insertCountries(market);
    }

    /** Locks the market's row for the rest of the transaction; empty when there is none. */
    Optional<StoredMarket> lock(String code) {
        return jdbc.sql("SELECT code FROM markets WHERE code = :code FOR UPDATE").param("code", code)
                .query(String.class).optional().flatMap(this::find);
    }

    void delete(String code) {
        jdbc.sql("DELETE FROM markets WHERE code = :code").param("code", code).update();
    }

    private void insertCountries(Market market) {
        List<String> countries = market.countries();
        for (int i = 0; i < countries.size(); i++) {
            jdbc.sql("INSERT INTO market_countries (country, market_code, position) VALUES (:country, :code, :position)")
                    .param("country", countries.get(i)).param("code", market.code()).param("position", i)
                    .update();
        }
    }

    private StoredMarket row(ResultSet rs, int rowNum) throws SQLException {
        String currency = rs.getString("currency");
        List<ShippingZone> zones = json.readValue(rs.getString("shipping_zones"), ZONES).stream()
                .map(z -> new ShippingZone(z.name(), z.countries(), Money.round(z.flatRate(), currency),
                        z.freeAbove() == null ? null : Money.round(z.freeAbove(), currency),
                        z.deliveryDaysMin(), z.deliveryDaysMax()))
                .toList();
        Market market = new Market(rs.getString("code"), rs.getString("name"), strings(rs.getArray("countries")),
                currency, rs.getBoolean("tax_inclusive"), rs.getString("default_locale"),
                strings(rs.getArray("locales")), zones, rs.getBoolean("is_default"));
        return new StoredMarket(market, rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String.class::cast).map(String::strip).toList();
    }
}
