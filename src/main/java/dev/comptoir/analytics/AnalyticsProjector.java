package dev.comptoir.analytics;

import dev.comptoir.catalog.CatalogService;
import dev.comptoir.catalog.ProductCategory;
import dev.comptoir.customers.CustomerRegistered;
import dev.comptoir.orders.OrderCancelled;
import dev.comptoir.orders.OrderPaid;
import dev.comptoir.orders.OrderPlaced;
import dev.comptoir.orders.OrderRefunded;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the analytics read model. A placed order is projected in the checkout's own transaction (two
 * statements on rows nobody else locks: cheaper than an outbox delivery in three transactions, and the
 * report can never miss a committed order). Later changes of the order arrive through the outbox,
 * after commit, and are retried when they fail. Every write is an idempotent upsert, because the
 * outbox delivers at least once and the events of one order may arrive in any order.
 */
@Component
class AnalyticsProjector {

    private final JdbcTemplate jdbc;
    private final CatalogService catalog;

    AnalyticsProjector(JdbcTemplate jdbc, CatalogService catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    @EventListener
    void on(OrderPlaced event) {
        jdbc.update("""
                INSERT INTO analytics_orders (order_id, order_number, customer_id, total, currency, status, placed_at)
                VALUES (?, ?, ?, ?, ?, 'pending', ?)
                ON CONFLICT (order_id) DO UPDATE SET customer_id = EXCLUDED.customer_id, placed_at = EXCLUDED.placed_at""",
                event.orderId(), event.orderNumber(), event.userId(), event.total(), event.currency(),
                Timestamp.from(event.at()));
        Map<UUID, ProductCategory> categories = catalog.productCategories(
                event.lines().stream().map(OrderPlaced.Line::productId).distinct().toList());
        List<Object[]> rows = new ArrayList<>();
        int lineNo = 0;
        for (OrderPlaced.Line line : event.lines()) {
            ProductCategory category = categories.get(line.productId());
            rows.add(new Object[] {event.orderId(), lineNo++, line.productId(), line.name(),
                    category == null ? null : category.categoryId(), category == null ? null : category.categoryName(),
                    line.sku(), line.quantity(), line.lineTotal(), event.currency(), event.orderId()});
        }
        // the order row upserted above stays locked until commit, so a concurrent OrderPaid either
        // committed before (its paid_at is read here) or waits and then updates these lines
        jdbc.batchUpdate("""
                INSERT INTO analytics_order_lines (order_id, line_no, product_id, product_name, category_id,
                    category_name, sku, quantity, line_total, currency, paid_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT paid_at FROM analytics_orders WHERE order_id = ?))
                ON CONFLICT DO NOTHING""", rows);
    }

    @ApplicationModuleListener
    void on(OrderPaid event) {
        jdbc.update("""
                INSERT INTO analytics_orders (order_id, order_number, total, currency, status, paid_at)
                VALUES (?, ?, ?, ?, 'paid', ?)
                ON CONFLICT (order_id) DO UPDATE SET paid_at = EXCLUDED.paid_at,
                    status = CASE WHEN analytics_orders.status = 'pending' THEN 'paid' ELSE analytics_orders.status END""",
                event.orderId(), event.orderNumber(), event.total(), event.currency(), Timestamp.from(event.paidAt()));
        jdbc.update("UPDATE analytics_order_lines SET paid_at = ? WHERE order_id = ?", Timestamp.from(event.paidAt()),
                event.orderId());
    }

    @ApplicationModuleListener
    void on(OrderCancelled event) {
        jdbc.update("""
                INSERT INTO analytics_orders (order_id, order_number, total, currency, status)
                VALUES (?, ?, ?, ?, 'cancelled')
                ON CONFLICT (order_id) DO UPDATE SET status = 'cancelled'""",
                event.orderId(), event.orderNumber(), event.total(), event.currency());
    }

    @ApplicationModuleListener
    void on(OrderRefunded event) {
        jdbc.update("INSERT INTO analytics_refunds (order_id, refunded_at, amount) VALUES (?, ?, ?) "
                + "ON CONFLICT DO NOTHING", event.orderId(), Timestamp.from(event.at()), event.amount());
        // recomputed rather than added to, so a redelivered event changes nothing
        jdbc.update("UPDATE analytics_orders SET refunded_total = (SELECT sum(amount) FROM analytics_refunds r "
                + "WHERE r.order_id = ?) WHERE order_id = ?", event.orderId(), event.orderId());
    }

    @ApplicationModuleListener
    void on(CustomerRegistered event) {
        jdbc.update("INSERT INTO analytics_customers (customer_id, registered_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
                event.userId(), Timestamp.from(event.at()));
    }
}
