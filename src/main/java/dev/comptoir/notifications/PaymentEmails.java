package dev.comptoir.notifications;

import dev.comptoir.notifications.Mailer.Email;
import dev.comptoir.orders.OrderService;
import dev.comptoir.payments.RefundSucceeded;
import dev.comptoir.shared.alerts.AlertKinds;
import dev.comptoir.shared.events.OutsideEffect;
import org.springframework.stereotype.Component;

/**
 * The refund email: money really went back to the customer (a refund of the order, of a late payment
 * on a cancelled order, or of a second payment). A payment received is told by the order's
 * confirmation ({@link OrderEmails}), not here.
 */
@Component
class PaymentEmails {

    private final Mailer mailer;
    private final OrderService orders;

    PaymentEmails(Mailer mailer, OrderService orders) {
        this.mailer = mailer;
        this.orders = orders;
    }

    @OutsideEffect(AlertKinds.EMAIL_NOT_SENT)
    void on(RefundSucceeded event) {
        orders.contact(event.orderId()).ifPresent(order -> mailer.send(new Email(
                "refund:" + event.refundId(), order.email(),
                "Refund of " + event.amount() + " " + event.currency() + " for your order " + order.orderNumber(),
                """
                We refunded %s %s for order %s%s.

                It may take 5 to 10 business days to appear on your statement.
                """.formatted(event.amount(), event.currency(), order.orderNumber(),
                        event.fullyRefunded() ? " (the full amount)"
                                : " (" + event.totalRefunded() + " " + event.currency() + " refunded so far)"))));
    }
}
