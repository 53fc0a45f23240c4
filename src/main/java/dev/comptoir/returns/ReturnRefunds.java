package dev.comptoir.returns;

import dev.comptoir.orders.ReturnableOrder;
import dev.comptoir.payments.PaymentService;
import dev.comptoir.payments.RefundView;
import dev.comptoir.shared.error.BusinessRuleException;
import dev.comptoir.shared.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refunds a received return, once: under the order's lock the return must still be {@code received};
 * the refund is asked of payments in the same transaction with a request key of the return's own, so a
 * retry finds the first refund and a refusal of payments (more than is left, nothing paid) leaves the
 * return received.
 */
@Service
class ReturnRefunds {

    private final ReturnDesk desk;
    private final ReturnStore store;
    private final PaymentService payments;
    private final ReturnViews views;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReturnRefunds(ReturnDesk desk, ReturnStore store, PaymentService payments, ReturnViews views,
            ApplicationEventPublisher events, Clock clock) {
        this.desk = desk;
        this.store = store;
        this.payments = payments;
        this.views = views;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    ReturnView refund(UUID id, StaffRequests.RefundReturnRequest body) {
        ReturnDesk.Locked locked = desk.lock(id);
        ReturnRecord r = locked.ret();
        ReturnableOrder order = locked.order();
        r.status().requireMoveTo(ReturnStatus.REFUNDED);
        boolean includeShipping = Boolean.TRUE.equals(body.includeShipping());
        if (includeShipping && store.shippingRefunded(order.id())) {
            throw new BusinessRuleException("shipping_already_refunded",
                    "The order's shipping was refunded with another return", Map.of("orderId", order.id().toString()));
        }
        BigDecimal amount = body.amount() != null ? body.amount() : defaultAmount(order, r, includeShipping);
        // an exchange for a variant of the same price gives nothing back: the return is settled without a refund
        RefundView refund = body.amount() == null && amount.signum() == 0 ? null
                : payments.refund(order.id(), amount, "return:" + r.id(), "return-refund:" + r.id());
        Instant now = clock.instant();
        BigDecimal refunded = refund == null ? amount : refund.amount();
        if (!store.markRefunded(id, refunded, refund == null ? null : refund.id(), includeShipping, now)) {
            throw ReturnStatus.invalid(store.find(id).orElseThrow().status(), ReturnStatus.REFUNDED);
        }
        events.publishEvent(new ReturnRefunded(id, order.id(), refund == null ? null : refund.id(), refunded,
                order.currency(), includeShipping, now));
        return views.of(store.find(id).orElseThrow());
    }

    /**
     * What the returned units were paid (ADR 0012): {@code Σ q × unitPrice × (total − shipping) /
     * subtotal}, so that discounts and taxes apply to them as to the order, rounded half-up to the
     * currency, plus the shipping when asked. An exchanged unit counts for the price difference only.
     */
    static BigDecimal defaultAmount(ReturnableOrder order, ReturnRecord r, boolean includeShipping) {
        BigDecimal units = BigDecimal.ZERO;
        for (ReturnRecord.Line line : r.items()) {
            BigDecimal unitPrice = order.item(line.orderItemId()).orElseThrow().unitPrice();
            // an exchanged unit gives back only what its replacement costs less
            BigDecimal back = line.replacementUnitPrice() == null ? unitPrice
                    : unitPrice.subtract(line.replacementUnitPrice()).max(BigDecimal.ZERO);
            units = units.add(back.multiply(BigDecimal.valueOf(line.receivedQuantity())));
        }
        BigDecimal paid = order.subtotal().signum() == 0 ? BigDecimal.ZERO
                : units.multiply(order.total().subtract(order.shippingAmount()))
                        .divide(order.subtotal(), 10, RoundingMode.HALF_UP);
        BigDecimal amount = Money.round(paid, order.currency());
        return includeShipping ? amount.add(Money.round(order.shippingAmount(), order.currency())) : amount;
    }
}
