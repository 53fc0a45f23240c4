package dev.comptoir.notifications;

import dev.comptoir.notifications.Mailer.Email;
import dev.comptoir.orders.OrderService;
import dev.comptoir.payments.PaymentSucceeded;
import dev.comptoir.payments.RefundSucceeded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Payment received and refund emails, after commit, through the outbox; one delivery key each. */
@Component
class PaymentEmails {

    private final Mailer mailer;
    private final OrderService orders;

    PaymentEmails(Mailer mailer, OrderService orders) {
        this.mailer = mailer;
        this.orders = orders;
    }

    @ApplicationModuleListener
    void on(PaymentSucceeded event) {
        orders.contact(event.orderId()).ifPresent(order -> mailer.send(new Email(
                "payment-received:" + event.paymentId(), order.email(),
                "Payment received for your order " + order.orderNumber(),
                """
                We received your payment of %s %s for order %s.

                We are preparing your order and will let you know when it ships.
                """.formatted(event.amount(), event.currency(), order.orderNumber()))));
    }

    @ApplicationModuleListener
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
