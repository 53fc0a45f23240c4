package dev.comptoir.notifications;

import dev.comptoir.notifications.Mailer.Email;
import dev.comptoir.orders.OrderShipped;
import dev.comptoir.shared.alerts.AlertKinds;
import dev.comptoir.shared.events.OutsideEffect;
import org.springframework.stereotype.Component;

/** The "your order shipped" email with its tracking number, after commit, through the outbox, once. */
@Component
class ShipmentEmails {

    private final Mailer mailer;

    ShipmentEmails(Mailer mailer) {
        this.mailer = mailer;
    }

    @OutsideEffect(AlertKinds.EMAIL_NOT_SENT)
    void on(OrderShipped event) {
        mailer.send(new Email("order-shipped:" + event.orderId(), event.email(),
                "Your order " + event.orderNumber() + " has shipped",
                """
                Good news: your order %s is on its way.

                Tracking number: %s
                """.formatted(event.orderNumber(), event.trackingNumber())));
    }
}
