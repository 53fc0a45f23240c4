package dev.comptoir.catalog.web;

import dev.comptoir.catalog.CategoryChanged;
import dev.comptoir.catalog.ProductChanged;
import dev.comptoir.catalog.StockChanged;
import dev.comptoir.markets.MarketChanged;
import dev.comptoir.pricelists.CustomerGroupChanged;
import dev.comptoir.pricelists.PriceListChanged;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A counter that moves when this instance commits a catalog change a listing shows: a product or
 * category edit, a stock change across the in stock / low stock / out of stock thresholds, a price
 * list, customer group membership or market change; and when the period of an active price list starts
 * or ends ({@link PriceListBoundaries}), with no write at all. Cached answers of an older generation
 * are not served.
 *
 * <p>Plain listeners that register an after-commit callback, not {@code @TransactionalEventListener}:
 * Spring Modulith would write (and later update) an outbox row for each of those on every stock
 * change, for a counter that lives in memory anyway.
 */
@Component
class CatalogGeneration {

    private final AtomicLong generation = new AtomicLong();
    private final PriceListBoundaries boundaries;
    private final Clock clock;

    CatalogGeneration(PriceListBoundaries boundaries, Clock clock) {
        this.boundaries = boundaries;
        this.clock = clock;
    }

    long current() {
        if (boundaries.crossedBy(clock.instant())) {
            return generation.incrementAndGet();
        }
        return generation.get();
    }

    @EventListener
    void on(PriceListChanged event) {
        // its period may be the nearest boundary now: forget the one known before moving on
        afterCommit(() -> {
            boundaries.forget();
            generation.incrementAndGet();
        });
    }

    @EventListener
    void on(CustomerGroupChanged event) {
        moveAfterCommit();
    }

    /** Published after the markets cache asked to drop its snapshot on commit, so it is dropped first. */
    @EventListener
    void on(MarketChanged event) {
        moveAfterCommit();
    }

    @EventListener
    void on(ProductChanged event) {
        moveAfterCommit();
    }

    @EventListener
    void on(CategoryChanged event) {
        moveAfterCommit();
    }

    @EventListener
    void on(StockChanged event) {
        if (status(event.newStock()) != status(event.newStock() - event.delta())) {
            moveAfterCommit();
        }
    }

    private void moveAfterCommit() {
        afterCommit(generation::incrementAndGet);
    }

    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    private static int status(int stock) {
        return stock <= 0 ? 0 : stock <= 10 ? 1 : 2;
    }
}
