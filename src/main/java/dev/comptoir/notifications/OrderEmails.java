package dev.comptoir.notifications;

import dev.comptoir.catalog.CatalogLocales;
import dev.comptoir.catalog.CatalogService;
import dev.comptoir.notifications.Mailer.Email;
import dev.comptoir.orders.OrderCancelled;
import dev.comptoir.orders.OrderConfirmed;
import dev.comptoir.shared.alerts.AlertKinds;
import dev.comptoir.shared.events.OutsideEffect;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Order emails, each from a real change of the order's state: confirmed (its payment succeeded) and
 * cancelled. A placed order that is not paid yet gets no email; a late or second payment confirms
 * nothing (the customer hears about its refund instead). In the order's language, its items' names
 * too when their products are translated into it (else the names the order keeps).
 */
@Component
class OrderEmails {

    /** One line of the confirmation, its amount already written the reader's way. */
    record Line(int quantity, String name, String sku, String lineTotal) {}

    private final Mailer mailer;
    private final MailTemplates templates;
    private final CatalogService catalog;
    private final CatalogLocales locales;

    OrderEmails(Mailer mailer, MailTemplates templates, CatalogService catalog, CatalogLocales locales) {
        this.mailer = mailer;
        this.templates = templates;
        this.catalog = catalog;
        this.locales = locales;
    }

    @OutsideEffect(AlertKinds.EMAIL_NOT_SENT)
    void on(OrderConfirmed event) {
        Locale locale = templates.locale(event.locale());
        Map<String, String> names = catalog.translatedSkuNames(
                event.lines().stream().map(OrderConfirmed.Line::sku).toList(), locales.of(event.locale()));
        List<Line> lines = event.lines().stream().map(l -> new Line(l.quantity(), names.getOrDefault(l.sku(), l.name()),
                l.sku(), Formats.money(l.lineTotal(), event.currency(), locale))).toList();
        Map<String, Object> variables = new HashMap<>();
        variables.put("orderNumber", event.orderNumber());
        variables.put("total", Formats.money(event.total(), event.currency(), locale));
        variables.put("lines", lines);
        mailer.send(new Email("order-confirmation:" + event.orderId(), event.email(),
                templates.render("order-confirmed", event.locale(), variables, event.orderNumber())));
    }

    @OutsideEffect(AlertKinds.EMAIL_NOT_SENT)
    void on(OrderCancelled event) {
        Locale locale = templates.locale(event.locale());
        Map<String, Object> variables = new HashMap<>();
        variables.put("orderNumber", event.orderNumber());
        variables.put("reason", templates.message("order-cancelled.reason." + event.reason(),
                event.reason().replace('_', ' '), event.locale()));
        variables.put("refund", event.wasPaid() ? Formats.money(event.total(), event.currency(), locale) : null);
        mailer.send(new Email("order-cancellation:" + event.orderId(), event.email(),
                templates.render("order-cancelled", event.locale(), variables, event.orderNumber())));
    }
}
