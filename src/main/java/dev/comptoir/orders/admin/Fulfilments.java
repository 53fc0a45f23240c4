package dev.comptoir.orders.admin;

import dev.comptoir.inventory.InventoryService;
import dev.comptoir.orders.OrderDelivered;
import dev.comptoir.orders.OrderShipped;
import dev.comptoir.orders.order.Fulfilment;
import dev.comptoir.orders.order.FulfilmentView;
import dev.comptoir.orders.order.Order;
import dev.comptoir.orders.order.OrderItem;
import dev.comptoir.orders.order.OrderRepository;
import dev.comptoir.orders.order.OrderStatus;
import dev.comptoir.orders.order.Parcel;
import dev.comptoir.orders.order.ShippedQuantities;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Parcels (ADR 0012). Each change locks the order row first, so that staff shipping the same order
 * take turns; a parcel's units are counted on the order items (conditional UPDATEs), leave the stock of
 * its location through inventory, then the order records it, in one transaction. One OrderShipped per
 * parcel (its email), OrderDelivered once the whole order is in.
 */
@Service
class Fulfilments {


    private final OrderRepository orders;
    private final ShippedQuantities quantities;
    private final InventoryService inventory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Fulfilments(OrderRepository orders, ShippedQuantities quantities, InventoryService inventory,
            ApplicationEventPublisher events, Clock clock) {
        this.orders = orders;
        this.quantities = quantities;
        this.inventory = inventory;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<FulfilmentView> list(UUID orderId) {
        return FulfilmentView.of(orders.findById(orderId).orElseThrow(Order::notFound));
    }

    @Transactional
    FulfilmentView ship(UUID orderId, FulfilmentRequest request, String by) {
        Order order = orders.lockById(orderId).orElseThrow(Order::notFound);
        String trackingNumber = Order.requireTrackingNumber(request.trackingNumber());
        order.requireShippable();
        Map<OrderItem, Integer> lines = new LinkedHashMap<>();
        request.items().forEach(l -> lines.merge(order.item(l.orderItemId()), l.quantity(), Integer::sum));
        String location = request.location().trim();
        inventory.requireLocation(location);
        Parcel parcel = new Parcel(location, blankToNull(request.carrier()), trackingNumber,
                lines.entrySet().stream().map(e -> new Parcel.Line(e.getKey(), e.getValue())).toList());
        dispatch(order, parcel, by);
        Instant now = clock.instant();
        Fulfilment fulfilment = order.ship(parcel, by, now);
        announce(order, fulfilment, now);
        return FulfilmentView.of(fulfilment, order);
    }

    /**
     * The status route's "shipped": everything still open leaves as one parcel per location the order
     * holds it at (units no reservation places: the default location), each with the tracking number.
     */
    @Transactional
    void shipEverything(Order order, String trackingNumber, String note, String by) {
        String tracking = Order.requireTrackingNumber(trackingNumber);
        order.requireMove(OrderStatus.SHIPPED);
        List<Parcel> parcels = openParcels(order, tracking);
        parcels.forEach(p -> dispatch(order, p, by));
        Instant now = clock.instant();
        order.ship(parcels, by, note, now).forEach(f -> announce(order, f, now));
    }

    @Transactional
    FulfilmentView deliver(UUID orderId, UUID fulfilmentId, String by) {
        Order order = orders.lockById(orderId).orElseThrow(Order::notFound);
        Instant now = clock.instant();
        if (order.deliver(fulfilmentId, by, now)) {
            events.publishEvent(new OrderDelivered(order.id(), order.orderNumber(), order.email(), now));
        }
        return FulfilmentView.of(order.fulfilment(fulfilmentId), order);
    }

    private void dispatch(Order order, Parcel parcel, String by) {
        quantities.count(parcel);
        inventory.ship(order.id(), parcel.location(), parcel.lines().stream()
                .map(l -> new InventoryService.StockLine(l.item().sku(), l.quantity())).toList(), by);
    }

    private List<Parcel> openParcels(Order order, String trackingNumber) {
        Map<String, Map<String, Integer>> heldBySku = new LinkedHashMap<>();
        inventory.reservations(order.id()).forEach(r -> heldBySku.computeIfAbsent(r.sku(), s -> new TreeMap<>())
                .merge(r.location(), r.quantity(), Integer::sum));
        Map<String, Map<OrderItem, Integer>> byLocation = new TreeMap<>();
        for (OrderItem item : order.items()) {
            int open = item.quantityOpen();
            for (Map.Entry<String, Integer> held : heldBySku.getOrDefault(item.sku(), Map.of()).entrySet()) {
                int units = Math.min(open, held.getValue());
                if (units > 0) {
                    byLocation.computeIfAbsent(held.getKey(), l -> new LinkedHashMap<>()).merge(item, units, Integer::sum);
                    held.setValue(held.getValue() - units);
                    open -= units;
                }
            }
            if (open > 0) {
                byLocation.computeIfAbsent(InventoryService.MAIN, l -> new LinkedHashMap<>()).merge(item, open, Integer::sum);
            }
        }
        List<Parcel> parcels = new ArrayList<>();
        byLocation.forEach((location, lines) -> parcels.add(new Parcel(location, null, trackingNumber,
                lines.entrySet().stream().map(e -> new Parcel.Line(e.getKey(), e.getValue())).toList())));
        return parcels;
    }

    private void announce(Order order, Fulfilment fulfilment, Instant now) {
        FulfilmentView view = FulfilmentView.of(fulfilment, order);
        events.publishEvent(new OrderShipped(order.id(), order.orderNumber(), order.email(), view.trackingNumber(),
                now, order.locale(), view.id(), view.location(), view.carrier(), view.items().stream()
                        .map(i -> new OrderShipped.Line(i.sku(), i.name(), i.quantity())).toList(),
                order.isFullyShipped()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
