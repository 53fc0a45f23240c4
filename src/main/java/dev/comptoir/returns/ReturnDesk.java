package dev.comptoir.returns;

import dev.comptoir.inventory.InventoryService;
import dev.comptoir.inventory.InventoryService.StockLine;
import dev.comptoir.orders.ReturnableOrder;
import dev.comptoir.orders.ReturnableOrders;
import dev.comptoir.shared.error.BusinessRuleException;
import dev.comptoir.shared.error.ConflictException;
import dev.comptoir.shared.error.NotFoundException;
import dev.comptoir.shared.web.PageQuery;
import dev.comptoir.shared.web.PageResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Returns as staff handle them: approve or reject a request, receive the units. Every change locks the
 * order row first (as a customer's request does), then re-reads the return, so changes of one order's
 * returns run one after the other; each still writes with a conditional UPDATE on the state it saw.
 */
@Service
class ReturnDesk {

    private final ReturnableOrders orders;
    private final ReturnStore store;
    private final InventoryService inventory;
    private final Exchanges exchanges;
    private final ReturnViews views;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReturnDesk(ReturnableOrders orders, ReturnStore store, InventoryService inventory, Exchanges exchanges,
            ReturnViews views, ApplicationEventPublisher events, Clock clock) {
        this.exchanges = exchanges;
        this.orders = orders;
        this.store = store;
        this.inventory = inventory;
        this.views = views;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    PageResponse<ReturnView> list(@Nullable ReturnStatus status, @Nullable UUID orderId, PageQuery page) {
        ReturnStore.Page found = store.page(status, orderId, (page.pageOrDefault() - 1) * page.limitOrDefault(),
                page.limitOrDefault());
        return PageResponse.of(views.of(found.rows()), page.pageOrDefault(), page.limitOrDefault(), found.total());
    }

    @Transactional(readOnly = true)
    ReturnView get(UUID id) {
        return views.of(store.find(id).orElseThrow(ReturnDesk::notFound));
    }

    @Transactional
    ReturnView approve(UUID id, String actor) {
        Locked locked = lock(id);
        locked.ret().status().requireMoveTo(ReturnStatus.APPROVED);
        Instant now = clock.instant();
        for (ReturnRecord.Line line : locked.ret().items()) {
            if (line.replacementVariantId() != null) {
                Exchanges.Added added = exchanges.add(locked.order(), line, actor);
                store.linkReplacement(line.id(), added.orderItemId(), added.unitPrice());
            }
        }
        store.approve(id, now);
        ReturnableOrder order = locked.order();
        events.publishEvent(new ReturnApproved(id, order.id(), order.orderNumber(), order.email(), order.locale(), now));
        return views.of(store.find(id).orElseThrow());
    }

    @Transactional
    ReturnView reject(UUID id, String reason) {
        Locked locked = lock(id);
        locked.ret().status().requireMoveTo(ReturnStatus.REJECTED);
        Instant now = clock.instant();
        store.reject(id, reason.strip(), now);
        ReturnableOrder order = locked.order();
        events.publishEvent(new ReturnRejected(id, order.id(), order.orderNumber(), order.email(), order.locale(),
                reason.strip(), now));
        return views.of(store.find(id).orElseThrow());
    }

    /**
     * Units arrived: each line is counted in by a conditional UPDATE (never past what the return holds:
     * 409 return_quantity_exceeded, also for a second receipt of a return already in), goes back to
     * stock at its location (damaged ones are written off there) and is recorded on the order.
     */
    @Transactional
    ReturnView receive(UUID id, StaffRequests.ReceiveReturnRequest body, String actor) {
        Locked locked = lock(id);
        ReturnRecord r = locked.ret();
        if (r.status() != ReturnStatus.APPROVED && r.status() != ReturnStatus.RECEIVED) {
            throw ReturnStatus.invalid(r.status(), ReturnStatus.RECEIVED);
        }
        List<ReturnReceived.Line> received = new ArrayList<>();
        for (StaffRequests.ReceivedLine line : body.items()) {
            ReturnRecord.Line item = r.line(line.orderItemId()).orElseThrow(() -> new BusinessRuleException(
                    "invalid_return_item", "The return has no item " + line.orderItemId(),
                    Map.of("orderItemId", line.orderItemId().toString())));
            String location = line.location() == null ? InventoryService.MAIN : line.location().strip();
            if (!store.receive(id, item.orderItemId(), line.quantity(), !line.resellable())) {
                throw new ConflictException("return_quantity_exceeded", "More units of " + item.sku()
                        + " than the return holds would be received",
                        Map.of("orderItemId", item.orderItemId().toString(), "quantity", item.quantity()));
            }
            inventory.receive(r.orderId(), location, new StockLine(item.sku(), line.quantity()), line.resellable(),
                    actor);
            orders.recordReturned(r.orderId(), item.orderItemId(), line.quantity(), actor);
            received.add(new ReturnReceived.Line(item.orderItemId(), item.sku(), line.quantity(), line.resellable(),
                    location));
        }
        Instant now = clock.instant();
        boolean complete = store.find(id).orElseThrow().everyUnitReceived();
        if (complete) {
            store.markReceived(id, now);
        }
        events.publishEvent(new ReturnReceived(id, r.orderId(), List.copyOf(received), complete, now));
        return views.of(store.find(id).orElseThrow());
    }

    /** The return and its order, the order row locked, the return read after the lock was taken. */
    record Locked(ReturnRecord ret, ReturnableOrder order) {}

    Locked lock(UUID id) {
        UUID orderId = store.find(id).map(ReturnRecord::orderId).orElseThrow(ReturnDesk::notFound);
        ReturnableOrder order = orders.lock(orderId);
        return new Locked(store.find(id).orElseThrow(), order);
    }

    static NotFoundException notFound() {
        return new NotFoundException("return_not_found", "No such return");
    }
}
