package dev.comptoir.orders.expiry;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Cancels unpaid orders past their payment time, restocking them and releasing their coupon. The
 * ShedLock lock keeps it to one instance at a time; each order is also re-checked under its row lock.
 */
@Component
class OrderExpiry {

    private static final Logger log = LoggerFactory.getLogger(OrderExpiry.class);
    private final UnpaidOrders orders;

    OrderExpiry(UnpaidOrders orders) {
        this.orders = orders;
    }

    @Scheduled(fixedDelayString = "${comptoir.orders.expiry-check-interval:60s}", initialDelayString = "PT10S")
    @SchedulerLock(name = "order-expiry", lockAtMostFor = "PT5M")
    void run() {
        int expired = 0;
        for (var id : orders.expiredOrderIds(500)) {
            try {
                if (orders.expire(id)) {
                    expired++;
                }
            } catch (RuntimeException e) {
                log.warn("Could not expire order {}", id, e);
            }
        }
        if (expired > 0) {
            log.info("Cancelled {} unpaid orders past their payment time", expired);
        }
    }
}
