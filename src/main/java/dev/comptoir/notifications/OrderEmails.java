package dev.comptoir.notifications;

import dev.comptoir.notifications.Mailer.Email;
import dev.comptoir.orders.OrderCancelled;
import dev.comptoir.orders.OrderPlaced;
import java.util.stream.Collectors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Order emails, sent after the order's transaction commits, through the outbox. */
@Component
class OrderEmails {

    private final Mailer mailer;

    OrderEmails(Mailer mailer) {
        this.mailer = mailer;
    }

    @ApplicationModuleListener
    void on(OrderPlaced event) {
        String lines = event.lines().stream()
                .map(l -> "  %d × %s (%s) — %s %s".formatted(l.quantity(), l.name(), l.sku(), l.lineTotal(),
                        event.currency()))
                .collect(Collectors.joining("\n"));
        mailer.send(new Email("order-confirmation:" + event.orderId(), event.email(),
                "Your order " + event.orderNumber() + " is confirmed",
                """
                Thank you for your order %s.

                %s

                Total: %s %s

                We will let you know when it ships.
                """.formatted(event.orderNumber(), lines, event.total(), event.currency())));
    }

    @ApplicationModuleListener
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
