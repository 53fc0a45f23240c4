package dev.comptoir.orders;

import dev.comptoir.orders.order.Caller;
import dev.comptoir.orders.order.Order;
import dev.comptoir.orders.order.OrderRepository;
import dev.comptoir.shared.error.ConflictException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the returns module needs of an order: reading it as its owner (customer or guest token, with
 * the same 404 as {@code GET /api/orders/{id}}) or as staff, locking its row so that return requests
 * and receipts of one order are serialised, and recording units that came back.
 */
@Service
public class ReturnableOrders {

    private final OrderRepository orders;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ReturnableOrders(OrderRepository orders, JdbcTemplate jdbc, Clock clock) {
        this.orders = orders;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The order if the caller owns it, else 404 order_not_found. */
    @Transactional(readOnly = true)
    public ReturnableOrder forOwner(UUID orderId, @Nullable UUID userId, @Nullable String guestToken) {
        Caller caller = new Caller(userId, guestToken);
        return orders.findById(orderId).filter(caller::owns).map(this::view).orElseThrow(Order::notFound);
    }

    /** The same with the order row locked until the caller's transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public ReturnableOrder lockForOwner(UUID orderId, @Nullable UUID userId, @Nullable String guestToken) {
        Caller caller = new Caller(userId, guestToken);
        return orders.lockById(orderId).filter(caller::owns).map(this::view).orElseThrow(Order::notFound);
    }

    /** For staff: the order, or empty. */
    @Transactional(readOnly = true)
    public Optional<ReturnableOrder> find(UUID orderId) {
        return orders.findById(orderId).map(this::view);
    }

    /** For staff: the order with its row locked until the caller's transaction ends, else 404. */
    @Transactional(propagation = Propagation.MANDATORY)
    public ReturnableOrder lock(UUID orderId) {
        return orders.lockById(orderId).map(this::view).orElseThrow(Order::notFound);
    }

    /**
     * {@code quantity} units of the item are back, in the caller's transaction: one conditional UPDATE
     * (never more returned than shipped, else 409 return_quantity_exceeded), then the order becomes
     * partially_returned, or returned once every unit is back, with a history entry by {@code actor}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordReturned(UUID orderId, UUID orderItemId, int quantity, String actor) {
        Order order = orders.lockById(orderId).orElseThrow(Order::notFound);
        int updated = jdbc.update("""
                UPDATE order_items SET quantity_returned = quantity_returned + ?
                 WHERE id = ? AND order_id = ? AND quantity_returned + ? <= quantity_shipped""",
                quantity, orderItemId, orderId, quantity);
        if (updated == 0) {
            throw new ConflictException("return_quantity_exceeded",
                    "More units would be back than the order item holds",
                    Map.of("orderItemId", orderItemId.toString(), "quantity", quantity));
        }
        order.recordReturned(view(order).everyUnitReturned(), actor, clock.instant());
    }

    /** The replacement of an exchange, at its price in the order's currency, added to the order. */
    public record ExchangeLine(UUID exchangeFor, UUID productId, UUID variantId, String sku, String name,
            BigDecimal unitPrice, BigDecimal unitPriceExclTax, int quantity) {}

    /** Adds an exchange's replacement to the order as an item of its own ({@code exchange_for}); returns its id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID addExchangeItem(UUID orderId, ExchangeLine line) {
        Order order = orders.lockById(orderId).orElseThrow(Order::notFound);
        UUID id = order.addExchangeItem(line.productId(), line.variantId(), line.sku(), line.name(), line.unitPrice(),
                line.unitPriceExclTax(), line.quantity(), clock.instant());
        orders.flush();
        jdbc.update("UPDATE order_items SET exchange_for = ? WHERE id = ? AND order_id = ?", line.exchangeFor(), id,
                orderId);
        return id;
    }

    private ReturnableOrder view(Order order) {
        Map<UUID, Integer> returned = new HashMap<>();
        Map<UUID, UUID> exchangeFor = new HashMap<>();
        jdbc.query("SELECT id, quantity_returned, exchange_for FROM order_items WHERE order_id = ?", rs -> {
            returned.put(rs.getObject(1, UUID.class), rs.getInt(2));
            UUID replaced = rs.getObject(3, UUID.class);
            if (replaced != null) {
                exchangeFor.put(rs.getObject(1, UUID.class), replaced);
            }
        }, order.id());
        return order.returnable(returned, exchangeFor);
    }
}
