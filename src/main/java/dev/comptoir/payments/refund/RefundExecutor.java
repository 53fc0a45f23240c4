package dev.comptoir.payments.refund;

import dev.comptoir.shared.alerts.AlertKinds;
import dev.comptoir.shared.events.OutsideEffect;
import org.springframework.stereotype.Component;

/**
 * Asks the provider for each requested refund, after its transaction committed. A provider that
 * cannot be reached makes this throw, and the outbox retries with backoff and the same idempotency
 * key; when it gives up, staff get a {@code refund_failed} alert.
 */
@Component
class RefundExecutor {

    private final Refunds refunds;

    RefundExecutor(Refunds refunds) {
        this.refunds = refunds;
    }

    @OutsideEffect(AlertKinds.REFUND_FAILED)
    void on(RefundRequested event) {
        refunds.execute(event.refundId(), event.attempt());
    }
}
