package dev.comptoir.notifications;

import dev.comptoir.notifications.Mailer.Email;
import dev.comptoir.orders.OrderShipped;
import dev.comptoir.shared.alerts.AlertKinds;
import dev.comptoir.shared.events.OutsideEffect;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The "your order shipped" email with its tracking number, after commit, through the outbox, once. */
@Component
class ShipmentEmails {

    private final Mailer mailer;
    private final MailTemplates templates;

    ShipmentEmails(Mailer mailer, MailTemplates templates) {
        this.mailer = mailer;
        this.templates = templates;
    }

    @OutsideEffect(AlertKinds.EMAIL_NOT_SENT)
    void on(OrderShipped event) {
        mailer.send(new Email("order-shipped:" + event.orderId(), event.email(),
                templates.render("order-shipped", event.locale(), Map.of("orderNumber", event.orderNumber(),
                        "trackingNumber", event.trackingNumber()), event.orderNumber())));
    }
}
