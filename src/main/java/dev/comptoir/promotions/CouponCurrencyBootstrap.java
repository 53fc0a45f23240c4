package dev.comptoir.promotions;

import dev.comptoir.markets.Markets;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Coupons made before markets have no currency (V23): their amounts were in the store's one currency,
 * the default market's, which a migration cannot read from the configuration. Filled once at start,
 * before the server takes requests; later starts find nothing to fill.
 */
@Component
class CouponCurrencyBootstrap implements SmartInitializingSingleton {

    private final JdbcTemplate jdbc;
    private final Markets markets;

    CouponCurrencyBootstrap(JdbcTemplate jdbc, Markets markets) {
        this.jdbc = jdbc;
        this.markets = markets;
    }

    @Override
    public void afterSingletonsInstantiated() {
        jdbc.update("UPDATE coupons SET currency = ? WHERE currency IS NULL", markets.defaultMarket().currency());
    }
}
