package dev.comptoir.markets;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores the default market built from the configuration when there is no market at all (the first
 * start, or the first after the upgrade to markets), before the server takes requests. Later starts
 * keep what the admin made of it: the configuration no longer changes a stored market.
 */
@Component
class DefaultMarketBootstrap implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DefaultMarketBootstrap.class);

    private final Markets markets;
    private final MarketStore store;
    private final MarketCache cache;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DefaultMarketBootstrap(Markets markets, MarketStore store, MarketCache cache, TransactionTemplate transactions,
            Clock clock) {
        this.markets = markets;
        this.store = store;
        this.cache = cache;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Market configured = markets.configuredMarket();
        Boolean created = transactions.execute(tx -> store.insertIfEmpty(configured, clock.instant()));
        cache.evictAfterCommit();
        if (Boolean.TRUE.equals(created)) {
            log.info("Created the default market ({}, {} countries) from comptoir.pricing", configured.currency(),
                    configured.countries().size());
        }
    }
}
