package dev.comptoir.notifications;

import dev.comptoir.notifications.Mailer.Email;
import dev.comptoir.orders.OrderShipped;
import dev.comptoir.shared.alerts.AlertKinds;
import dev.comptoir.shared.events.OutsideEffect;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The "your order shipped" email, one per parcel with its carrier, tracking number and items, after
 * commit, through the outbox, once per parcel (publications from before parcels: once per order).
 */
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
        Map<String, Object> variables = new HashMap<>();
        variables.put("orderNumber", event.orderNumber());
        variables.put("trackingNumber", event.trackingNumber());
        variables.put("carrier", event.carrier());
        variables.put("partial", Boolean.FALSE.equals(event.fullyShipped()));
        variables.put("lines", event.items() == null ? List.of() : event.items());
        String key = "order-shipped:" + (event.fulfilmentId() == null ? event.orderId() : event.fulfilmentId());
        mailer.send(new Email(key, event.email(),
                templates.render("order-shipped", event.locale(), variables, event.orderNumber())));
    }
}
