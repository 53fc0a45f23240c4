package dev.comptoir.catalog.web;

import dev.comptoir.catalog.CategoryChanged;
import dev.comptoir.catalog.ProductChanged;
import dev.comptoir.catalog.StockChanged;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A counter that moves when this instance commits a catalog change a listing shows: a product or
 * category edit, or a stock change across the in stock / low stock / out of stock thresholds.
 * Cached answers of an older generation are not served.
 *
 * <p>Plain listeners that register an after-commit callback, not {@code @TransactionalEventListener}:
 * Spring Modulith would write (and later update) an outbox row for each of those on every stock
 * change, for a counter that lives in memory anyway.
 */
@Component
class CatalogGeneration {

    private final AtomicLong generation = new AtomicLong();

    long current() {
        return generation.get();
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
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            generation.incrementAndGet();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                generation.incrementAndGet();
            }
        });
    }

    private static int status(int stock) {
        return stock <= 0 ? 0 : stock <= 10 ? 1 : 2;
    }
}
