package dev.comptoir.orders.payment;

import dev.comptoir.orders.OrderCancelled;
import dev.comptoir.payments.PaymentFailed;
import dev.comptoir.payments.PaymentService;
import dev.comptoir.payments.PaymentSucceeded;
import dev.comptoir.payments.RefundSucceeded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Moves orders as payments report back, after their commit, through the outbox (each listener is
 * idempotent: the order's state says whether the event was applied). The listeners that may refund
 * have no transaction of their own, so no order row stays locked while the provider is called.
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

    @Async
    @TransactionalEventListener
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
    @Async
    @TransactionalEventListener
    void on(OrderCancelled event) {
        if (event.wasPaid()) {
            payments.refundRemaining(event.orderId(), "order-cancelled:" + event.orderId(), "order_cancelled");
        }
    }

    @ApplicationModuleListener
    void on(PaymentFailed event) {
        orders.applyPaymentFailure(event.orderId());
    }

    @ApplicationModuleListener
    void on(RefundSucceeded event) {
        orders.applyRefund(event.orderId(), event.amount(), event.fullyRefunded());
    }
}
