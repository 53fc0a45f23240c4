package dev.comptoir.cart;

import dev.comptoir.customers.CustomerLoggedIn;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Merges the anonymous cart at sign-in, and drops expired carts. */
@Component
class CartMaintenance {

    private static final Logger log = LoggerFactory.getLogger(CartMaintenance.class);
    private final CartService carts;

    CartMaintenance(CartService carts) {
        this.carts = carts;
    }

    /**
     * Synchronous, on the sign-in request after its transaction, so that the cart the customer sees
     * right after signing in is already merged; a failure goes back to the sign-in as a warning.
     */
    @EventListener
    void on(CustomerLoggedIn event) {
        if (event.sessionId() != null && !event.sessionId().isBlank()) {
            carts.merge(event.sessionId(), event.userId());
        }
    }

    @Scheduled(fixedDelayString = "PT15M", initialDelayString = "PT1M")
    @SchedulerLock(name = "cart-cleanup", lockAtMostFor = "PT10M")
    void deleteExpired() {
        int deleted = carts.deleteExpired();
        if (deleted > 0) {
            log.info("Deleted {} expired carts", deleted);
        }
    }
}
