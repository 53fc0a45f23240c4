package dev.comptoir.payments;

import dev.comptoir.payments.refund.Refund;
import dev.comptoir.shared.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A refund as staff see it. {@code reportedAmount}: set only when the provider reported more than was
 * left of the payment; {@code amount} is then what was left, which is what counts (a staff alert
 * {@code refund_exceeds_payment} says so).
 */
public record RefundView(UUID id, UUID paymentId, String providerRefundId, BigDecimal amount, String currency,
        String reason, String source, RefundState status, String failureReason, int attempts, Instant createdAt,
        Instant updatedAt, BigDecimal reportedAmount) {

    public static RefundView of(Refund r) {
        // stored with two decimals, shown in the currency's (JPY none)
        return new RefundView(r.id(), r.paymentId(), r.providerRefundId(), Money.round(r.amount(), r.currency()),
                r.currency(), r.reason(),
                r.source(), r.status(), r.failureReason(), r.attempts(), r.createdAt(), r.updatedAt(),
                r.reportedAmount());
    }
}
