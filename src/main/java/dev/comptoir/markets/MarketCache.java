package dev.comptoir.markets;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The markets as last read, for {@code ttl}: every storefront request resolves its market, and one
 * query per request for a table that changes a few times a year is waste. A write evicts the
 * snapshot once its transaction has committed (evicting before would let a concurrent read cache the
 * old rows again); other instances read the new rows when their snapshot expires, within the ttl,
 * which is the staleness the catalog's response cache already has. One read reloads an expired
 * snapshot while the others wait for it (Caffeine loads a key once).
 */
@Component
class MarketCache {

    private static final String KEY = "markets";

    private final LoadingCache<String, MarketSnapshot> snapshot;

    @Autowired
    MarketCache(MarketStore store, MarketsProperties properties) {
        this(store, properties.cacheTtl(), Ticker.systemTicker());
    }

    MarketCache(MarketStore store, Duration ttl, Ticker ticker) {
        this.snapshot = Caffeine.newBuilder().expireAfterWrite(ttl).ticker(ticker).maximumSize(1)
                .build(key -> MarketSnapshot.of(store.findAll().stream().map(StoredMarket::market).toList()));
    }

    MarketSnapshot current() {
        return snapshot.get(KEY);
    }

    /** Drops the snapshot after the current transaction commits, or now when there is none. */
    void evictAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    snapshot.invalidateAll();
                }
            });
        } else {
            snapshot.invalidateAll();
        }
    }
}
