package dev.comptoir.payments.webhook;

import dev.comptoir.payments.PaymentFailed;
import dev.comptoir.payments.PaymentSucceeded;
import dev.comptoir.payments.payment.Payment;
import dev.comptoir.payments.payment.PaymentRepository;
import dev.comptoir.payments.refund.Refund;
import dev.comptoir.payments.refund.RefundRepository;
import dev.comptoir.payments.refund.Refunds;
import dev.comptoir.shared.alerts.AlertKinds;
import dev.comptoir.shared.alerts.StaffAlert.Subject;
import dev.comptoir.shared.alerts.StaffAlerts;
import dev.comptoir.shared.alerts.StaffAlerts.Raise;
import dev.comptoir.shared.money.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Applies one verified Stripe event. The event id is recorded in the same transaction as its effect:
 * a redelivery (or a concurrent duplicate, which waits on the primary key) finds it and does nothing.
 * Each payment's state machine makes out-of-order events end in the right state.
 */
@Component
class WebhookProcessor {

    private static final Logger log = LoggerFactory.getLogger(WebhookProcessor.class);
    private final JdbcTemplate jdbc;
    private final PaymentRepository payments;
    private final RefundRepository refunds;
    private final Refunds refundFlow;
    private final StaffAlerts alerts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WebhookProcessor(JdbcTemplate jdbc, PaymentRepository payments, RefundRepository refunds, Refunds refundFlow,
            StaffAlerts alerts,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.payments = payments;
        this.refunds = refunds;
        this.refundFlow = refundFlow;
        this.alerts = alerts;
        this.events = events;
        this.clock = clock;
    }

    /** False when this event id was processed before. */
    @Transactional
    boolean process(String eventId, String type, JsonNode object) {
        int fresh = jdbc.update("INSERT INTO processed_webhook_events (event_id, type) VALUES (?, ?) "
                + "ON CONFLICT DO NOTHING", eventId, type);
        if (fresh == 0) {
            log.info("Stripe event {} ({}) already processed", eventId, type);
            return false;
        }
        switch (type) {
            case "payment_intent.succeeded" -> succeeded(object);
            case "payment_intent.payment_failed" -> failed(object);
            case "payment_intent.canceled" -> withPayment(object, p -> p.cancel(clock.instant()));
            case "refund.created", "refund.updated" -> syncRefund(object);
            case "charge.refunded" -> chargeRefunded(object);
            default -> log.info("Stripe event {} of type {} acknowledged and ignored", eventId, type);
        }
        return true;
    }

    private void succeeded(JsonNode intent) {
        withPayment(intent, payment -> {
            long received = intent.path("amount_received").isNumber() ? intent.path("amount_received").asLong()
                    : intent.path("amount").asLong();
            String currency = text(intent, "currency");
            String upper = currency == null ? "" : currency.toUpperCase(Locale.ROOT);
            // minor units by the currency received (JPY as is, EUR cents); an unknown one by the payment's
            BigDecimal amount = Money.fromMinorUnits(received, Money.isSupported(upper) ? upper : payment.currency());
            switch (payment.succeed(amount, upper, clock.instant())) {
                case CONFIRMED -> events.publishEvent(new PaymentSucceeded(payment.orderId(), payment.id(),
                        payment.providerId(), payment.amount(), payment.currency()));
                case MISMATCH -> mismatched(payment);
                case ALREADY_SETTLED -> { }
            }
            return true;
        });
    }

    /**
     * Another amount or currency than the order's: the order stays unpaid (payable again with a new
     * intent), what was received is refunded automatically, and staff are told.
     */
    private void mismatched(Payment payment) {
        log.warn("Payment {} of order {} did not match its order: {}; refunding it", payment.providerId(),
                payment.orderId(), payment.failureReason());
        refundFlow.request(payment.orderId(), payment.id(), null, "amount_mismatch", "automatic",
                "mismatch:" + payment.id());
        alerts.raise(new Raise(AlertKinds.PAYMENT_MISMATCH, payment.id().toString(),
                new Subject("order", payment.orderId().toString()), "Payment " + payment.providerId() + " received "
                        + payment.receivedAmount() + " " + payment.receivedCurrency() + " instead of "
                        + payment.amount() + " " + payment.currency() + "; it is being refunded and the order stays "
                        + "unpaid", payment.failureReason(), clock.instant(), 1));
    }

    private void failed(JsonNode intent) {
        JsonNode error = intent.path("last_payment_error");
        String reason = Optional.ofNullable(text(error, "message")).or(() -> Optional.ofNullable(text(error, "code")))
                .orElse("payment failed");
        withPayment(intent, payment -> {
            if (payment.fail(reason, clock.instant())) {
                events.publishEvent(new PaymentFailed(payment.orderId(), payment.id(), reason));
            }
            return true;
        });
    }

    private void chargeRefunded(JsonNode charge) {
        JsonNode list = charge.path("refunds").path("data");
        if (!list.isArray() || list.isEmpty()) {
            log.info("charge.refunded for {} without its refund list; refund.created/updated events carry them",
                    text(charge, "payment_intent"));
            return;
        }
        for (JsonNode refund : list) {
            syncRefund(refund);
        }
    }

    /** A refund as Stripe sees it: ours (by its id, or our refund id in metadata) or one made in the dashboard. */
    private void syncRefund(JsonNode object) {
        String refundId = text(object, "id");
        String intentId = text(object, "payment_intent");
        String status = text(object, "status");
        if (refundId == null || intentId == null) {
            log.info("Refund event without id or payment_intent; ignored");
            return;
        }
        Optional<Payment> locked = payments.lockByProviderId(intentId);
        if (locked.isEmpty()) {
            log.info("Refund {} for unknown payment intent {}; ignored", refundId, intentId);
            return;
        }
        Payment payment = locked.get();
        Refund refund = refunds.findByProviderRefundId(refundId)
                .or(() -> ourRefundId(object).flatMap(refunds::findById))
                .filter(r -> r.paymentId().equals(payment.id()))
                .orElse(null);
        if (refund == null) {
            if (!"succeeded".equals(status) && !"pending".equals(status)) {
                return;
            }
            BigDecimal amount = Money.fromMinorUnits(object.path("amount").asLong(), payment.refundCurrency());
            if (amount.signum() <= 0) {
                return;
            }
            String reason = text(object.path("metadata"), "reason") != null ? text(object.path("metadata"), "reason")
                    : text(object, "reason");
            refund = refundFlow.recordExternal(payment, refundId, amount, reason).orElse(null);
            if (refund == null) {
                return;
            }
        }
        refundFlow.apply(payment, refund, refundId, status, text(object, "failure_reason"));
    }

    private static Optional<UUID> ourRefundId(JsonNode object) {
        String value = text(object.path("metadata"), "refund_id");
        try {
            return Optional.ofNullable(value).map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void withPayment(JsonNode intent, java.util.function.Predicate<Payment> change) {
        String id = text(intent, "id");
        Optional<Payment> payment = id == null ? Optional.empty() : payments.lockByProviderId(id);
        if (payment.isEmpty()) {
            log.warn("Stripe event for unknown payment intent {}; ignored", id);
            return;
        }
        change.test(payment.get());
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asString() : null;
    }
}
