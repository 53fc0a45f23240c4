package dev.comptoir.catalog.web;

import dev.comptoir.catalog.CategoryChanged;
import dev.comptoir.catalog.ProductChanged;
import dev.comptoir.catalog.StockChanged;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A counter that moves when this instance commits a catalog change a listing shows: a product or
 * category edit, or a stock change across the in stock / low stock / out of stock thresholds.
 * Cached answers of an older generation are not served.
 */
@Component
class CatalogGeneration {

    private final AtomicLong generation = new AtomicLong();

    long current() {
        return generation.get();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ProductChanged event) {
        generation.incrementAndGet();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(CategoryChanged event) {
        generation.incrementAndGet();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(StockChanged event) {
        if (status(event.newStock()) != status(event.newStock() - event.delta())) {
            generation.incrementAndGet();
        }
    }

    private static int status(int stock) {
        return stock <= 0 ? 0 : stock <= 10 ? 1 : 2;
    }
}
