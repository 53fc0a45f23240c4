package dev.comptoir.payments.refund;

import dev.comptoir.payments.PaymentState;
import dev.comptoir.payments.RefundState;
import dev.comptoir.payments.RefundSucceeded;
import dev.comptoir.payments.RefundView;
import dev.comptoir.payments.payment.Payment;
import dev.comptoir.payments.payment.PaymentRepository;
import dev.comptoir.payments.payment.Transactions;
import dev.comptoir.payments.provider.PaymentProvider;
import dev.comptoir.payments.provider.PaymentProvider.ProviderException;
import dev.comptoir.payments.provider.PaymentProvider.ProviderRefund;
import dev.comptoir.shared.alerts.AlertKinds;
import dev.comptoir.shared.alerts.StaffAlert.Subject;
import dev.comptoir.shared.alerts.StaffAlerts;
import dev.comptoir.shared.alerts.StaffAlerts.Raise;
import dev.comptoir.shared.error.BusinessRuleException;
import dev.comptoir.shared.error.ConflictException;
import dev.comptoir.shared.error.NotFoundException;
import dev.comptoir.shared.money.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refunds as an outside effect (ADR 0004). A request checks what is left under the payment row's
 * lock and commits the refund as {@code pending} together with its {@link RefundRequested} intent
 * (so concurrent refunds never add up past the payment). After commit, {@link #execute} calls the
 * provider with no transaction open and records the outcome. The idempotency key of an attempt stays
 * the same until the provider gives a definite answer, so a retry after a timeout never refunds twice;
 * a definite refusal marks the refund failed and raises a {@code refund_failed} alert.
 */
@Component
public class Refunds {

    private static final Logger log = LoggerFactory.getLogger(Refunds.class);
    private final PaymentRepository payments;
    private final RefundRepository refunds;
    private final PaymentProvider provider;
    private final Transactions tx;
    private final StaffAlerts alerts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Refunds(PaymentRepository payments, RefundRepository refunds, PaymentProvider provider, Transactions tx,
            StaffAlerts alerts, ApplicationEventPublisher events, Clock clock) {
        this.payments = payments;
        this.refunds = refunds;
        this.provider = provider;
        this.tx = tx;
        this.alerts = alerts;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Refunds {@code amount} (null = all that is left) of the order's payment ({@code paymentId}, or
     * its first succeeded payment). With a {@code requestKey}, a second request returns the first
     * refund; an automatic request (key given) for a payment with nothing left is empty.
     */
    @Transactional
    public Optional<RefundView> request(UUID orderId, UUID paymentId, BigDecimal amount, String reason, String source,
            String requestKey) {
        Payment payment = lockRefundablePayment(orderId, paymentId);
        if (requestKey != null) {
            Optional<Refund> existing = refunds.findByRequestKey(requestKey);
            if (existing.isPresent()) {
                return existing.map(RefundView::of);
            }
        }
        if (payment == null) {
            if (requestKey != null && !"api".equals(source)) {
                return Optional.empty();
            }
            throw new ConflictException("order_not_paid", "This order has no successful payment to refund");
        }
        BigDecimal available = available(payment, null);
        if (available.signum() <= 0) {
            if (requestKey != null && !"api".equals(source)) {
                return Optional.empty();
            }
            throw new ConflictException("already_refunded", "Everything paid for this order is refunded or "
                    + "being refunded", Map.of("paid", payment.amount(), "refunded", payment.amountRefunded()));
        }
        // an amount with more decimals than the currency is refused (400 invalid_amount), never rounded
        BigDecimal wanted = amount == null ? available : Money.exactAmount(amount, payment.refundCurrency());
        if (wanted.compareTo(available) > 0) {
            throw new BusinessRuleException("refund_exceeds_payment", "A refund of " + wanted + " exceeds the "
                    + available + " " + payment.refundCurrency() + " left to refund",
                    Map.of("available", available, "currency", payment.refundCurrency()));
        }
        Refund refund = new Refund(payment, wanted, reason, source, requestKey, clock.instant());
        int attempt = refund.startAttempt(clock.instant());
        refunds.saveAndFlush(refund);
        events.publishEvent(new RefundRequested(refund.id(), payment.id(), orderId, attempt));
        return Optional.of(RefundView.of(refund));
    }

    /** Tries a failed refund again, as a new attempt; a pending or succeeded one is refused (never spent twice). */
    @Transactional
    public RefundView retry(UUID orderId, UUID refundId) {
        UUID paymentOfRefund = refunds.paymentIdOf(refundId, orderId)
                .orElseThrow(() -> new NotFoundException("refund_not_found", "No such refund for this order"));
        return retryAttempt(paymentOfRefund, refundId);
    }

    /** The same, for a refund known by its id alone (a staff alert). */
    @Transactional
    public RefundView retry(UUID refundId) {
        Refund known = refunds.findById(refundId)
                .orElseThrow(() -> new NotFoundException("refund_not_found", "No such refund"));
        return retryAttempt(known.paymentId(), refundId);
    }

    private RefundView retryAttempt(UUID paymentId, UUID refundId) {
        Payment payment = payments.lockById(paymentId).orElseThrow();
        Refund refund = refunds.findById(refundId).orElseThrow();
        switch (refund.status()) {
            case PENDING -> throw new ConflictException("refund_in_progress",
                    "This refund is still being processed by the payment provider");
            case SUCCEEDED -> throw new ConflictException("refund_already_succeeded", "This refund already succeeded");
            case FAILED -> { }
        }
        BigDecimal available = available(payment, refund.id());
        if (refund.amount().compareTo(available) > 0) {
            throw new BusinessRuleException("refund_exceeds_payment", "Retrying this refund of " + refund.amount()
                    + " would exceed the " + available + " " + payment.refundCurrency() + " left to refund",
                    Map.of("available", available, "currency", payment.refundCurrency()));
        }
        int attempt = refund.startAttempt(clock.instant());
        events.publishEvent(new RefundRequested(refund.id(), payment.id(), payment.orderId(), attempt));
        return RefundView.of(refund);
    }

    /**
     * Asks the provider for attempt {@code attempt} of the refund (after commit, no transaction open).
     * A refund that is no longer pending, or has moved on to a later attempt, is left alone.
     */
    void execute(UUID refundId, int attempt) {
        Refund refund = tx.run(() -> refunds.findById(refundId).orElse(null));
        if (refund == null || refund.status() != RefundState.PENDING || refund.attempts() != attempt) {
            return;
        }
        Payment payment = tx.run(() -> payments.findById(refund.paymentId()).orElseThrow());
        String idempotencyKey = "refund-" + refund.id() + "-attempt-" + attempt;
        ProviderRefund result;
        try {
            result = provider.refund(payment.providerId(), Money.toMinorUnits(refund.amount(), refund.currency()), refund.id(),
                    idempotencyKey);
        } catch (ProviderException e) {
            if (e.transientFailure()) {
                tx.run(() -> {
                    refunds.findById(refundId).ifPresent(r -> r.noteRetry(e.getMessage(), clock.instant()));
                    return null;
                });
                throw e; // the outbox retries this attempt, with the same idempotency key
            }
            log.warn("Refund {} of order {} refused by the provider: {}", refund.id(), refund.orderId(), e.getMessage());
            tx.run(() -> record(refund.paymentId(), refund.id(), null, "failed", e.getMessage()));
            return;
        }
        tx.run(() -> record(refund.paymentId(), refund.id(), result.id(), result.status(), result.failureReason()));
    }

    /** Applies a provider status to a refund under the payment's lock (also used by webhooks). */
    Refund record(UUID paymentId, UUID refundId, String providerRefundId, String providerStatus, String failure) {
        Payment payment = payments.lockById(paymentId).orElseThrow();
        Refund refund = refunds.findById(refundId).orElseThrow();
        apply(payment, refund, providerRefundId, providerStatus, failure);
        return refund;
    }

    public void apply(Payment payment, Refund refund, String providerRefundId, String providerStatus, String failure) {
        Instant now = clock.instant();
        switch (providerStatus == null ? "pending" : providerStatus) {
            case "succeeded" -> {
                if (refund.succeed(providerRefundId, now)) {
                    succeeded(payment, refund, now);
                }
            }
            case "failed", "canceled" -> {
                if (refund.fail(providerRefundId, failure == null ? "refund " + providerStatus : failure, now)) {
                    alerts.raise(new Raise(AlertKinds.REFUND_FAILED, refund.id().toString(),
                            new Subject("order", payment.orderId().toString()), "A refund of " + refund.amount() + " "
                                    + refund.currency() + " was refused by the payment provider",
                            refund.failureReason(), refund.createdAt(), refund.attempts()));
                } else if (refund.status() == RefundState.SUCCEEDED) {
                    log.warn("Refund {} reported {} after it succeeded; left as succeeded, check it in Stripe",
                            refund.id(), providerStatus);
                }
            }
            default -> {
                if (providerRefundId != null) {
                    refund.linkProvider(providerRefundId); // pending / requires_action: a webhook will tell
                }
            }
        }
    }

    /**
     * A refund made outside Comptoir (Stripe's dashboard) as the provider reports it, recorded {@code
     * pending} for {@link #apply} to settle. More than is left of the payment cannot have been given back
     * by it: the refund counts for what is left (nothing is recorded when nothing is), keeps what was
     * reported, and staff get a {@code refund_exceeds_payment} alert.
     */
    public Optional<Refund> recordExternal(Payment payment, String providerRefundId, BigDecimal reported,
            String reason) {
        Instant now = clock.instant();
        BigDecimal left = available(payment, null);
        if (left.signum() <= 0) {
            exceeded(payment, providerRefundId, reported, left);
            return Optional.empty();
        }
        Refund refund = new Refund(payment, reported, reason, "dashboard", null, now);
        if (reported.compareTo(left) > 0) {
            refund.capTo(left, reported, now);
            exceeded(payment, providerRefundId, reported, left);
        }
        refund.linkProvider(providerRefundId);
        return Optional.of(refunds.saveAndFlush(refund)); // merged (assigned id): keep the managed copy
    }

    /**
     * Counts the refund once. A payment held for review took none of the order's money, so its
     * refund gives back what was received without touching the order's refunded total. What it counts
     * for never passes what is left of the payment (see {@link #recordExternal}).
     */
    private void succeeded(Payment payment, Refund refund, Instant now) {
        BigDecimal left = payment.refundable().subtract(succeededBefore(payment, refund.id()));
        if (refund.amount().compareTo(left) > 0) {
            exceeded(payment, refund.providerRefundId() != null ? refund.providerRefundId() : refund.id().toString(),
                    refund.amount(), left.max(BigDecimal.ZERO));
            if (left.signum() <= 0) {
                return; // counts for nothing: the totals stay those of the payment
            }
            refund.capTo(Money.round(left, refund.currency()), refund.amount(), now);
        }
        BigDecimal total = refund.amount();
        boolean fully = true;
        if (payment.countsForOrder()) {
            payment.addRefunded(refund.amount().min(payment.amount().subtract(payment.amountRefunded())), now);
            total = payment.amountRefunded();
            fully = payment.fullyRefunded();
        }
        events.publishEvent(new RefundSucceeded(payment.orderId(), payment.id(), payment.providerId(),
                payment.countsForOrder(), refund.id(), refund.amount(), refund.currency(), total, fully));
        alerts.resolveAutomatically(AlertKinds.REFUND_FAILED, refund.id().toString(), "the refund succeeded");
    }

    private void exceeded(Payment payment, String ref, BigDecimal reported, BigDecimal left) {
        log.warn("Refund {} of payment {} reported {} {} with {} left; counted for what was left", ref,
                payment.providerId(), reported, payment.refundCurrency(), left);
        alerts.raise(new Raise(AlertKinds.REFUND_EXCEEDS_PAYMENT, ref, new Subject("order", payment.orderId().toString()),
                "The payment provider reported a refund (" + ref + ") of " + reported + " " + payment.refundCurrency()
                        + " on payment " + payment.providerId() + ", but only " + left + " was left to refund; it "
                        + "counts for " + left + ". Check the payment in the provider's dashboard",
                null, clock.instant(), 1));
    }

    private BigDecimal succeededBefore(Payment payment, UUID except) {
        return refunds.findByPaymentId(payment.id()).stream()
                .filter(r -> r.status() == RefundState.SUCCEEDED && !r.id().equals(except))
                .map(Refund::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What is left to refund: the refundable amount minus succeeded and pending refunds (except {@code except}). */
    BigDecimal available(Payment payment, UUID except) {
        BigDecimal reserved = refunds.findByPaymentId(payment.id()).stream()
                .filter(r -> r.status() != RefundState.FAILED && !r.id().equals(except))
                .map(Refund::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Money.round(payment.refundable().subtract(reserved).max(BigDecimal.ZERO), payment.refundCurrency());
    }

    /** The payment to refund, locked: the one named (succeeded or held for review), else the order's first success. */
    private Payment lockRefundablePayment(UUID orderId, UUID paymentId) {
        UUID chosen = paymentId != null ? paymentId
                : payments.succeededIds(orderId).stream().findFirst().orElse(null);
        return chosen == null ? null : payments.lockById(chosen)
                .filter(p -> p.orderId().equals(orderId))
                .filter(p -> p.status() == PaymentState.SUCCEEDED || p.status() == PaymentState.REQUIRES_REVIEW)
                .orElse(null);
    }
}
