package dev.comptoir.notifications;

import dev.comptoir.notifications.Mailer.Email;
import dev.comptoir.orders.OrderService;
import dev.comptoir.payments.RefundSucceeded;
import dev.comptoir.shared.alerts.AlertKinds;
import dev.comptoir.shared.events.OutsideEffect;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The refund email: money really went back to the customer (a refund of the order, of a late payment
 * on a cancelled order, or of a second payment). A payment received is told by the order's
 * confirmation ({@link OrderEmails}), not here.
 */
@Component
class PaymentEmails {

    private final Mailer mailer;
    private final MailTemplates templates;
    private final OrderService orders;

    PaymentEmails(Mailer mailer, MailTemplates templates, OrderService orders) {
        this.mailer = mailer;
        this.templates = templates;
        this.orders = orders;
    }

    @OutsideEffect(AlertKinds.EMAIL_NOT_SENT)
    void on(RefundSucceeded event) {
        orders.contact(event.orderId()).ifPresent(order -> {
            Locale locale = templates.locale(order.locale());
            String amount = Formats.money(event.amount(), event.currency(), locale);
            Map<String, Object> variables = new HashMap<>();
            variables.put("orderNumber", order.orderNumber());
            variables.put("amount", amount);
            variables.put("fullyRefunded", event.fullyRefunded());
            variables.put("totalRefunded", Formats.money(event.totalRefunded(), event.currency(), locale));
            mailer.send(new Email("refund:" + event.refundId(), order.email(),
                    templates.render("refund", order.locale(), variables, amount, order.orderNumber())));
        });
    }
}
