package dev.comptoir.orders.payment;

import dev.comptoir.orders.OrderCancelled;
import dev.comptoir.payments.PaymentFailed;
import dev.comptoir.payments.PaymentService;
import dev.comptoir.payments.PaymentSucceeded;
import dev.comptoir.payments.RefundSucceeded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Moves orders as payments report back, after their commit, through the outbox (each listener is
 * idempotent: the order's state says whether the event was applied). A refund that a payment calls
 * for is requested in the same transaction as the order's change (the provider is asked after
 * commit, by payments), so a retry can never apply the one without the other.
 */
@Component
class PaymentEventsListener {

    private static final Logger log = LoggerFactory.getLogger(PaymentEventsListener.class);
    private final OrderPayments orders;
    private final PaymentService payments;

    PaymentEventsListener(OrderPayments orders, PaymentService payments) {
        this.orders = orders;
        this.payments = payments;
    }

    @ApplicationModuleListener
    void on(PaymentSucceeded event) {
        switch (orders.applyPayment(event.orderId(), event.paymentIntentId())) {
            case NOT_PAYABLE -> {
                log.info("Order {} was cancelled before its payment {} succeeded; refunding it", event.orderId(),
                        event.paymentIntentId());
                payments.refundPayment(event.orderId(), event.paymentId(), "order_cancelled_before_payment");
            }
            case DUPLICATE_PAYMENT -> {
                log.warn("Order {} was already paid; refunding the second payment {}", event.orderId(),
                        event.paymentIntentId());
                payments.refundPayment(event.orderId(), event.paymentId(), "duplicate_payment");
            }
            case UNKNOWN_ORDER -> log.warn("Payment {} for unknown order {}", event.paymentIntentId(), event.orderId());
            case CONFIRMED, ALREADY_APPLIED -> { }
        }
    }

    /** Cancelling a paid order refunds what is left of its payment, once. */
    @ApplicationModuleListener
    void on(OrderCancelled event) {
        if (event.wasPaid()) {
            payments.refundRemaining(event.orderId(), "order-cancelled:" + event.orderId(), "order_cancelled");
        }
    }

    @ApplicationModuleListener
    void on(PaymentFailed event) {
        orders.applyPaymentFailure(event.orderId());
    }

    /** Only a refund of the order's own payment moves it; a second payment's refund leaves it as it is. */
    @ApplicationModuleListener
    void on(RefundSucceeded event) {
        if (event.countsForOrder()) {
            orders.applyRefund(event.orderId(), event.paymentIntentId(), event.amount(), event.fullyRefunded());
        }
    }
}
