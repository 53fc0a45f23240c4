package dev.comptoir.markets;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

/** The markets cache: reused for its ttl, dropped after a write commits and not before. */
class MarketCacheTests {

    final AtomicInteger reads = new AtomicInteger();
    final AtomicLong nanos = new AtomicLong();
    final MarketStore store = new MarketStore(null, null) {
        @Override
        List<StoredMarket> findAll() {
            reads.incrementAndGet();
            return List.of();
        }
    };
    final Ticker ticker = nanos::get;
    final MarketCache cache = new MarketCache(store, Duration.ofSeconds(5), ticker);

    @AfterEach
    void endSynchronization() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void theMarketsAreReadOncePerTtl() {
        cache.current();
        cache.current();
        assertThat(reads).hasValue(1);

        nanos.addAndGet(Duration.ofMillis(4_999).toNanos());
        cache.current();
        assertThat(reads).hasValue(1);

        nanos.addAndGet(Duration.ofMillis(2).toNanos());
        cache.current();
        assertThat(reads).hasValue(2);
    }

    @Test
    void aWriteEvictsOnceItsTransactionCommits() {
        cache.current();
        TransactionSynchronizationManager.initSynchronization();
        cache.evictAfterCommit();

        // a read during the writing transaction still sees (and keeps) the committed markets
        cache.current();
        assertThat(reads).hasValue(1);

        List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationUtils.invokeAfterCommit(synchronizations);
        cache.current();
        assertThat(reads).hasValue(2);
    }

    @Test
    void aRolledBackWriteEvictsNothing() {
        cache.current();
        TransactionSynchronizationManager.initSynchronization();
        cache.evictAfterCommit();
        TransactionSynchronizationUtils.invokeAfterCompletion(TransactionSynchronizationManager.getSynchronizations(),
                TransactionSynchronization.STATUS_ROLLED_BACK);
        cache.current();
        assertThat(reads).hasValue(1);
    }

    @Test
    void outsideATransactionAWriteEvictsAtOnce() {
        cache.current();
        cache.evictAfterCommit();
        cache.current();
        assertThat(reads).hasValue(2);
    }
}
