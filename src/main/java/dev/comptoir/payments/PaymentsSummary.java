package dev.comptoir.payments;

import dev.comptoir.payments.payment.Payment;
import dev.comptoir.shared.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order's payments and refunds, for staff: what was paid, what was refunded, what failed. */
public record PaymentsSummary(UUID orderId, BigDecimal paid, BigDecimal refunded, List<PaymentRecord> payments,
        List<RefundView> refunds) {

    public record PaymentRecord(UUID id, String provider, String paymentIntentId, int attempt, BigDecimal amount,
            String currency, PaymentState status, BigDecimal amountRefunded, BigDecimal receivedAmount,
            String receivedCurrency, String failureReason, Instant createdAt, Instant succeededAt,
            Instant updatedAt) {

        static PaymentRecord of(Payment p) {
            return new PaymentRecord(p.id(), p.provider(), p.providerId(), p.attempt(),
                    Money.round(p.amount(), p.currency()), p.currency(), p.status(),
                    Money.round(p.amountRefunded(), p.currency()), p.receivedAmount(), p.receivedCurrency(), p.failureReason(),
                    p.createdAt(), p.succeededAt(), p.updatedAt());
        }
    }
}
