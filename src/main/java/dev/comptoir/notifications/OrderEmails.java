package dev.comptoir.notifications;

import dev.comptoir.notifications.Mailer.Email;
import dev.comptoir.orders.OrderCancelled;
import dev.comptoir.orders.OrderConfirmed;
import dev.comptoir.shared.alerts.AlertKinds;
import dev.comptoir.shared.events.OutsideEffect;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Order emails, each from a real change of the order's state: confirmed (its payment succeeded) and
 * cancelled. A placed order that is not paid yet gets no email; a late or second payment confirms
 * nothing (the customer hears about its refund instead).
 */
@Component
class OrderEmails {

    private final Mailer mailer;

    OrderEmails(Mailer mailer) {
        this.mailer = mailer;
    }

    @OutsideEffect(AlertKinds.EMAIL_NOT_SENT)
    void on(OrderConfirmed event) {
        String lines = event.lines().stream()
                .map(l -> "  %d × %s (%s) — %s %s".formatted(l.quantity(), l.name(), l.sku(), l.lineTotal(),
                        event.currency()))
                .collect(Collectors.joining("\n"));
        mailer.send(new Email("order-confirmation:" + event.orderId(), event.email(),
                "Your order " + event.orderNumber() + " is confirmed",
                """
                Thank you for your order %s: we received your payment of %s %s.

                %s

                We are preparing your order and will let you know when it ships.
                """.formatted(event.orderNumber(), event.total(), event.currency(), lines)));
    }

    @OutsideEffect(AlertKinds.EMAIL_NOT_SENT)
    void on(OrderCancelled event) {
        mailer.send(new Email("order-cancellation:" + event.orderId(), event.email(),
                "Your order " + event.orderNumber() + " was cancelled",
                """
                Your order %s was cancelled (%s).%s
                """.formatted(event.orderNumber(), event.reason().replace('_', ' '),
                        event.wasPaid() ? "\nYour payment of " + event.total() + " " + event.currency()
                                + " will be refunded." : "")));
    }
}
