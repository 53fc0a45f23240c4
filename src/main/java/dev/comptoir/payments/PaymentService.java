package dev.comptoir.payments;

import dev.comptoir.payments.PaymentsSummary.PaymentRecord;
import dev.comptoir.payments.payment.Payment;
import dev.comptoir.payments.payment.PaymentRepository;
import dev.comptoir.payments.payment.Transactions;
import dev.comptoir.payments.provider.PaymentProvider;
import dev.comptoir.payments.provider.PaymentProvider.Cancellation;
import dev.comptoir.payments.provider.PaymentProvider.Intent;
import dev.comptoir.payments.provider.PaymentProvider.ProviderException;
import dev.comptoir.payments.refund.RefundRepository;
import dev.comptoir.payments.refund.Refunds;
import dev.comptoir.shared.error.BusinessRuleException;
import dev.comptoir.shared.money.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What other modules can do with payments: create (or get back) an order's payment intent, cancel
 * the open intents of an order that will not be paid, refund it in full or in part, retry a failed
 * refund, and read its payments and refunds. An order is only an id and the amount and currency it
 * expects. Provider calls run outside any transaction (ADR 0004).
 */
@Service
public class PaymentService {

    private static final Logger log = LoggerFactory.getLogger(PaymentService.class);
    private final PaymentRepository payments;
    private final RefundRepository refundRows;
    private final PaymentProvider provider;
    private final Refunds refunds;
    private final Transactions tx;
    private final Clock clock;

    PaymentService(PaymentRepository payments, RefundRepository refundRows, PaymentProvider provider, Refunds refunds,
            Transactions tx, Clock clock) {
        this.payments = payments;
        this.refundRows = refundRows;
        this.provider = provider;
        this.refunds = refunds;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * The order's payment intent: the existing one unless it was cancelled, else a new one at the
     * provider (its idempotency key is the order id and attempt, so a concurrent twin gets the same).
     */
    public PaymentIntentView intentFor(UUID orderId, BigDecimal amount, String currency) {
        if (amount.signum() <= 0) {
            throw new BusinessRuleException("nothing_to_pay", "This order has nothing to pay");
        }
        requireNoTransaction();
        List<Payment> existing = tx.run(() -> payments.findByOrderIdOrderByAttemptAsc(orderId));
        // a canceled intent, or one paid with the wrong amount (held for review, refunded): a new attempt
        Optional<Payment> current = existing.stream()
                .filter(p -> p.status() != PaymentState.CANCELED && p.status() != PaymentState.REQUIRES_REVIEW)
                .reduce((first, second) -> second);
        if (current.isPresent()) {
            return view(current.get(), liveStatus(current.get()));
        }
        int attempt = existing.size() + 1;
        String code = Money.supportedCurrency(currency);
        // ADR 0009 step 5: the total in the currency's minor units (EUR cents, JPY yen as they are)
        long minor = Money.toMinorUnits(amount, code);
        Intent intent = provider.createIntent(orderId, minor, code, "order-" + orderId + "-attempt-" + attempt);
        if (intent.amountMinor() != minor || !code.equalsIgnoreCase(intent.currency())) {
            throw new IllegalStateException("The provider created intent " + intent.id() + " for " + intent.amountMinor()
                    + " " + intent.currency() + " instead of " + minor + " " + code);
        }
        try {
            Payment payment = tx.run(() -> payments.saveAndFlush(new Payment(orderId, attempt, provider.name(),
                    intent.id(), intent.clientSecret(), Money.round(amount, code), code, clock.instant())));
            return view(payment, intent.status());
        } catch (DataIntegrityViolationException e) {
            // a concurrent request stored this attempt first (with the same intent): answer with it
            Payment stored = tx.run(() -> payments.findByOrderIdOrderByAttemptAsc(orderId)).stream()
                    .filter(p -> p.attempt() == attempt).findFirst().orElseThrow(() -> e);
            return view(stored, intent.status());
        }
    }

    /**
     * Refunds {@code amount} of the order's payment, or all that is left when it is null. The refund is
     * committed as pending and asked of the provider after commit; {@code requestKey} (the caller's
     * Idempotency-Key) makes a repeated request find the first refund instead of making a second.
     */
    public RefundView refund(UUID orderId, BigDecimal amount, String reason, String requestKey) {
        if (amount != null && amount.signum() <= 0) {
            throw new BusinessRuleException("invalid_refund_amount", "A refund amount must be positive");
        }
        return refunds.request(orderId, null, amount, reason, "api", requestKey).orElseThrow();
    }

    public RefundView retryRefund(UUID orderId, UUID refundId) {
        return refunds.retry(orderId, refundId);
    }

    /**
     * Refunds whatever is left of the order's payment, once per {@code requestKey} (a redelivered event
     * finds the first refund); empty when nothing was paid or nothing is left.
     */
    public Optional<RefundView> refundRemaining(UUID orderId, String requestKey, String reason) {
        return refunds.request(orderId, null, null, reason, "automatic", requestKey);
    }

    /** Refunds one payment in full (paid after its order was cancelled, or a second payment), once per payment. */
    public Optional<RefundView> refundPayment(UUID orderId, UUID paymentId, String reason) {
        return refunds.request(orderId, paymentId, null, reason, "automatic", "automatic:" + paymentId);
    }

    /**
     * Cancels the order's open payment intents at the provider (the order was cancelled or expired
     * unpaid), so that they can no longer be paid; a success that still arrives is refunded. Called
     * after commit, with no transaction open; a provider that cannot be reached makes it throw.
     */
    public void cancelOpenIntents(UUID orderId) {
        requireNoTransaction();
        List<Payment> open = tx.run(() -> payments.findByOrderIdOrderByAttemptAsc(orderId)).stream()
                .filter(p -> p.status() == PaymentState.PENDING || p.status() == PaymentState.FAILED).toList();
        for (Payment payment : open) {
            Cancellation cancellation = provider.cancel(payment.providerId(), "cancel-" + payment.providerId());
            if (cancellation.alreadySettled()) {
                log.info("Intent {} of order {} could not be cancelled: it is settled already", payment.providerId(),
                        orderId);
                continue;
            }
            // under the row lock: a success applied meanwhile by a webhook wins (cancel refuses a settled payment)
            tx.run(() -> payments.lockById(payment.id()).map(p -> p.cancel(clock.instant())));
        }
    }

    public PaymentsSummary summary(UUID orderId) {
        return tx.run(() -> {
            List<Payment> found = payments.findByOrderIdOrderByAttemptAsc(orderId);
            List<RefundView> refundViews = refundRows.findByOrderIdOrderByCreatedAtAsc(orderId).stream()
                    .map(RefundView::of).toList();
            BigDecimal paid = found.stream().filter(p -> p.status() == PaymentState.SUCCEEDED).map(Payment::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal refunded = found.stream().map(Payment::amountRefunded).reduce(BigDecimal.ZERO, BigDecimal::add);
            String currency = found.isEmpty() ? Money.DEFAULT_CURRENCY : found.get(0).currency();
            return new PaymentsSummary(orderId, Money.round(paid, currency), Money.round(refunded, currency),
                    found.stream().map(PaymentRecord::of).toList(), refundViews);
        });
    }

    /** The provider's word on the intent's status, or ours when it cannot be reached. */
    private String liveStatus(Payment payment) {
        if (payment.status().isSettled()) {
            return payment.status() == PaymentState.SUCCEEDED ? "succeeded" : payment.status().value();
        }
        try {
            return provider.retrieve(payment.providerId()).status();
        } catch (ProviderException e) {
            log.info("Could not read intent {} from the provider: {}", payment.providerId(), e.getMessage());
            return payment.status() == PaymentState.PENDING ? "requires_payment_method" : payment.status().value();
        }
    }

    /** A provider call never runs inside a transaction: no connection or lock is held across it (ADR 0004). */
    private static void requireNoTransaction() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("The payment provider must not be called inside a transaction");
        }
    }

    private static PaymentIntentView view(Payment payment, String status) {
        return new PaymentIntentView(payment.providerId(), payment.clientSecret(),
                Money.round(payment.amount(), payment.currency()),
                payment.currency(), status);
    }
}
