package dev.comptoir.orders.payment;

import dev.comptoir.orders.OrderCancelled;
import dev.comptoir.payments.PaymentService;
import dev.comptoir.shared.alerts.AlertKinds;
import dev.comptoir.shared.events.OutsideEffect;
import org.springframework.stereotype.Component;

/**
 * An order cancelled or expired before it was paid: its payment intents are cancelled at the provider
 * so that the customer can no longer pay them (a success that still arrives is refunded). An outside
 * effect, after commit, retried when the provider cannot be reached.
 */
@Component
class IntentCancellation {

    private final PaymentService payments;

    IntentCancellation(PaymentService payments) {
        this.payments = payments;
    }

    @OutsideEffect(AlertKinds.PAYMENT_CANCEL_FAILED)
    void on(OrderCancelled event) {
        if (!event.wasPaid()) {
            payments.cancelOpenIntents(event.orderId());
        }
    }
}
