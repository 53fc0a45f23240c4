package dev.comptoir.payments.refund;

import dev.comptoir.shared.alerts.AlertKinds;
import dev.comptoir.shared.alerts.AlertRetrier;
import dev.comptoir.shared.alerts.StaffAlert;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A refund the provider refused is retried, on staff's request, as a new attempt (a new idempotency key). */
@Component
class RefundAlertRetrier implements AlertRetrier {

    private final Refunds refunds;

    RefundAlertRetrier(Refunds refunds) {
        this.refunds = refunds;
    }

    @Override
    public boolean canRetry(StaffAlert alert) {
        return AlertKinds.REFUND_FAILED.equals(alert.kind()) && !alert.holdsPublication();
    }

    @Override
    public void retry(StaffAlert alert) {
        refunds.retry(UUID.fromString(alert.ref()));
    }
}
