package dev.comptoir.payments.refund;

import dev.comptoir.payments.PaymentState;
import dev.comptoir.payments.RefundFailed;
import dev.comptoir.payments.RefundState;
import dev.comptoir.payments.RefundSucceeded;
import dev.comptoir.payments.RefundView;
import dev.comptoir.payments.payment.Payment;
import dev.comptoir.payments.payment.PaymentRepository;
import dev.comptoir.payments.payment.Transactions;
import dev.comptoir.payments.provider.PaymentProvider;
import dev.comptoir.payments.provider.PaymentProvider.ProviderException;
import dev.comptoir.payments.provider.PaymentProvider.ProviderRefund;
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

/**
 * Refunds in three steps: under the payment row's lock, check what is left and commit the refund as
 * {@code pending} (so concurrent refunds never add up past the payment); call the provider with no
 * lock held; record the outcome. A pending refund is counted as reserved, so it cannot be spent twice.
 */
@Component
public class Refunds {

    private static final Logger log = LoggerFactory.getLogger(Refunds.class);
    private final PaymentRepository payments;
    private final RefundRepository refunds;
    private final PaymentProvider provider;
    private final Transactions tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Refunds(PaymentRepository payments, RefundRepository refunds, PaymentProvider provider, Transactions tx,
            ApplicationEventPublisher events, Clock clock) {
        this.payments = payments;
        this.refunds = refunds;
        this.provider = provider;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
    }

    private record Started(Refund refund, int attempt, String intentId, boolean fresh) {}

    /**
     * Refunds {@code amount} (null = all that is left) of the order's payment ({@code paymentId}, or
     * its first succeeded payment). With a {@code requestKey}, a second request returns the first refund.
     */
    public Optional<RefundView> request(UUID orderId, UUID paymentId, BigDecimal amount, String reason, String source,
            String requestKey) {
        Started started = tx.run(() -> {
            Payment payment = lockPaidPayment(orderId, paymentId);
            if (payment == null) {
                if (requestKey != null) {
                    return null;
                }
                throw new ConflictException("order_not_paid", "This order has no successful payment to refund");
            }
            if (requestKey != null) {
                Optional<Refund> existing = refunds.findByRequestKey(requestKey);
                if (existing.isPresent()) {
                    return new Started(existing.get(), existing.get().attempts(), payment.providerId(), false);
                }
            }
            BigDecimal available = available(payment, null);
            BigDecimal wanted = amount == null ? available : Money.round(amount);
            if (available.signum() <= 0) {
                if (requestKey != null) {
                    return null;
                }
                throw new ConflictException("already_refunded", "Everything paid for this order is refunded or "
                        + "being refunded", Map.of("paid", payment.amount(), "refunded", payment.amountRefunded()));
            }
            if (wanted.compareTo(available) > 0) {
                throw new BusinessRuleException("refund_exceeds_payment",
                        "A refund of " + wanted + " exceeds the " + available + " " + payment.currency()
                                + " left to refund", Map.of("available", available, "currency", payment.currency()));
            }
            Refund refund = new Refund(payment, wanted, reason, source, requestKey, clock.instant());
            int attempt = refund.startAttempt(clock.instant());
            return new Started(refunds.saveAndFlush(refund), attempt, payment.providerId(), true);
        });
        if (started == null) {
            return Optional.empty();
        }
        if (!started.fresh()) {
            return Optional.of(RefundView.of(started.refund()));
        }
        return Optional.of(callProvider(started));
    }

    /** Tries a failed refund again; a pending or succeeded one is refused (it may not be spent twice). */
    public RefundView retry(UUID orderId, UUID refundId) {
        Started started = tx.run(() -> {
            UUID paymentOfRefund = refunds.paymentIdOf(refundId, orderId)
                    .orElseThrow(() -> new NotFoundException("refund_not_found", "No such refund for this order"));
            Payment payment = payments.lockById(paymentOfRefund).orElseThrow();
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
                        + " would exceed the " + available + " " + payment.currency() + " left to refund",
                        Map.of("available", available, "currency", payment.currency()));
            }
            int attempt = refund.startAttempt(clock.instant());
            return new Started(refund, attempt, payment.providerId(), true);
        });
        return callProvider(started);
    }

    private RefundView callProvider(Started started) {
        Refund refund = started.refund();
        String idempotencyKey = "refund-" + refund.id() + "-attempt-" + started.attempt();
        ProviderRefund result;
        try {
            result = provider.refund(started.intentId(), Money.toMinorUnits(refund.amount()), refund.id(),
                    idempotencyKey);
        } catch (ProviderException e) {
            log.warn("Refund {} of order {} failed at the provider: {}", refund.id(), refund.orderId(), e.getMessage());
            return tx.run(() -> RefundView.of(record(refund.paymentId(), refund.id(), null, "failed", e.getMessage())));
        }
        return tx.run(() -> RefundView.of(record(refund.paymentId(), refund.id(), result.id(), result.status(),
                result.failureReason())));
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
                    BigDecimal counted = refund.amount().min(payment.amount().subtract(payment.amountRefunded()));
                    payment.addRefunded(counted, now);
                    events.publishEvent(new RefundSucceeded(payment.orderId(), payment.id(), refund.id(),
                            refund.amount(), refund.currency(), payment.amountRefunded(), payment.fullyRefunded()));
                }
            }
            case "failed", "canceled" -> {
                if (refund.fail(providerRefundId, failure == null ? "refund " + providerStatus : failure, now)) {
                    events.publishEvent(new RefundFailed(payment.orderId(), refund.id(), refund.amount(),
                            refund.failureReason()));
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

    /** What is left to refund: paid, minus succeeded and pending refunds (except {@code except}). */
    BigDecimal available(Payment payment, UUID except) {
        BigDecimal reserved = refunds.findByPaymentId(payment.id()).stream()
                .filter(r -> r.status() != RefundState.FAILED && !r.id().equals(except))
                .map(Refund::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Money.round(payment.amount().subtract(reserved).max(BigDecimal.ZERO));
    }

    private Payment lockPaidPayment(UUID orderId, UUID paymentId) {
        UUID chosen = paymentId != null ? paymentId
                : payments.succeededIds(orderId).stream().findFirst().orElse(null);
        return chosen == null ? null : payments.lockById(chosen)
                .filter(p -> p.orderId().equals(orderId) && p.status() == PaymentState.SUCCEEDED).orElse(null);
    }
}
