package dev.comptoir.orders.payment;

import dev.comptoir.orders.OrderConfirmed;
import dev.comptoir.orders.OrderPaid;
import dev.comptoir.orders.OrderRefunded;
import dev.comptoir.orders.order.Caller;
import dev.comptoir.orders.order.Order;
import dev.comptoir.orders.order.OrderRepository;
import dev.comptoir.orders.order.OrderStatus;
import dev.comptoir.orders.order.PaymentStatus;
import dev.comptoir.payments.PaymentIntentView;
import dev.comptoir.payments.PaymentService;
import dev.comptoir.shared.error.ConflictException;
import java.time.Clock;
import java.time.Instant;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The order side of payments: who may pay which order, and how payment and refund outcomes move it.
 * Each change locks the order row, so it cannot cross a concurrent cancellation.
 */
@Service
class OrderPayments {

    enum Outcome { CONFIRMED, ALREADY_APPLIED, DUPLICATE_PAYMENT, NOT_PAYABLE, UNKNOWN_ORDER }

    private final OrderRepository orders;
    private final PaymentService payments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrderPayments(OrderRepository orders, PaymentService payments, ApplicationEventPublisher events, Clock clock) {
        this.orders = orders;
        this.payments = payments;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The order's payment intent, created once; a cancelled, expired or paid order is 409. No
     * transaction of its own: the provider is called without any row locked.
     */
    PaymentIntentView intent(UUID orderId, Caller caller) {
        Order order = orders.findById(orderId).filter(caller::owns).orElseThrow(Order::notFound);
        if (!order.isPayable(clock.instant())) {
            String state = order.paymentStatus() != PaymentStatus.PENDING && order.paymentStatus() != PaymentStatus.FAILED
                    ? order.paymentStatus().value()
                    : order.isExpired(clock.instant()) ? "expired" : order.status().value();
            throw new ConflictException("order_not_payable", "This order cannot be paid (it is " + state + ")",
                    Map.of("orderStatus", order.status().value(), "paymentStatus", order.paymentStatus().value()));
        }
        return payments.intentFor(order.id(), order.total(), order.currency());
    }

    /** A payment succeeded: pending → confirmed and paid; a cancelled order keeps the money only to refund it. */
    @Transactional
    Outcome applyPayment(UUID orderId, String paymentIntentId) {
        Order order = orders.lockById(orderId).orElse(null);
        if (order == null) {
            return Outcome.UNKNOWN_ORDER;
        }
        Instant now = clock.instant();
        if (order.status() == OrderStatus.PENDING) {
            OrderConfirmed confirmed = order.confirmPayment(paymentIntentId, now);
            paid(order, now);
            events.publishEvent(confirmed);
            return Outcome.CONFIRMED;
        }
        if (paymentIntentId.equals(order.paymentIntentId())) {
            return Outcome.ALREADY_APPLIED;
        }
        if (order.status() == OrderStatus.CANCELLED && order.paymentStatus() != PaymentStatus.PAID
                && order.paymentIntentId() == null) {
            order.recordLatePayment(paymentIntentId, now);
            paid(order, now); // the money came in; its refund follows as OrderRefunded
            return Outcome.NOT_PAYABLE;
        }
        return Outcome.DUPLICATE_PAYMENT;
    }

    @Transactional
    void applyPaymentFailure(UUID orderId) {
        orders.lockById(orderId).ifPresent(o -> o.recordPaymentFailure(clock.instant()));
    }

    @Transactional
    void applyRefund(UUID orderId, String paymentIntentId, BigDecimal amount, boolean fully) {
        orders.lockById(orderId).filter(order -> paymentIntentId.equals(order.paymentIntentId())).ifPresent(order -> {
            Instant now = clock.instant();
            order.recordRefund(amount, fully, now);
            events.publishEvent(new OrderRefunded(order.id(), amount, now));
        });
    }

    private void paid(Order order, Instant now) {
        events.publishEvent(new OrderPaid(order.id(), order.orderNumber(), order.total(), order.currency(), now));
    }

    /**
     * Staff refund only what the order shows as paid, so a refund cannot overtake the confirmation of
     * a payment that the order has not applied yet.
     */
    @Transactional(readOnly = true)
    void requirePaid(UUID orderId) {
        Order order = orders.findById(orderId).orElseThrow(Order::notFound);
        if (order.paymentStatus() != PaymentStatus.PAID && order.paymentStatus() != PaymentStatus.PARTIALLY_REFUNDED
                && order.paymentStatus() != PaymentStatus.REFUNDED) {
            throw new ConflictException("order_not_paid", "This order has no successful payment to refund",
                    Map.of("paymentStatus", order.paymentStatus().value()));
        }
    }

    @Transactional(readOnly = true)
    void requireOrder(UUID orderId) {
        if (!orders.existsById(orderId)) {
            throw Order.notFound();
        }
    }
}
