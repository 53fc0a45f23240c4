package dev.comptoir.returns;

import dev.comptoir.catalog.CatalogService;
import dev.comptoir.catalog.SkuRef;
import dev.comptoir.catalog.SkuView;
import dev.comptoir.inventory.InventoryService;
import dev.comptoir.inventory.InventoryService.StockLine;
import dev.comptoir.orders.ReturnableOrder;
import dev.comptoir.orders.ReturnableOrders;
import dev.comptoir.shared.error.BusinessRuleException;
import dev.comptoir.shared.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Exchanges (ADR 0012): the replacement asked for a returned item is another variant of the same
 * product, on sale in the order's currency, at its current price, shown in the order's tax mode (the
 * original line's ratio of displayed to net price). A replacement dearer than the original is refused
 * (422 invalid_replacement): what it would cost more is not asked as a payment here. On approval the
 * replacement is reserved and joins the order as an item of its own.
 */
@Component
class Exchanges {

    private final CatalogService catalog;
    private final InventoryService inventory;
    private final ReturnableOrders orders;

    Exchanges(CatalogService catalog, InventoryService inventory, ReturnableOrders orders) {
        this.catalog = catalog;
        this.inventory = inventory;
        this.orders = orders;
    }

    /** {@code unitPrice}: as the order displays prices; {@code unitPriceExclTax}: net. */
    record Replacement(UUID variantId, UUID productId, String sku, String name, BigDecimal unitPrice,
            BigDecimal unitPriceExclTax) {}

    Replacement replacementFor(ReturnableOrder order, ReturnableOrder.Item item, UUID variantId) {
        SkuView sku = catalog.findLineSkus(List.of(new SkuRef(item.productId(), variantId)), order.currency())
                .values().stream().findFirst()
                .filter(s -> s.active() && s.isSoldInCurrency() && variantId.equals(s.variantId())
                        && !variantId.equals(item.variantId()))
                .orElseThrow(() -> invalid(item, variantId, "A replacement must be another variant of the same "
                        + "product, on sale"));
        BigDecimal net = sku.unitPrice();
        BigDecimal shown = item.unitPriceExclTax() == null || item.unitPriceExclTax().signum() == 0 ? net
                : Money.round(net.multiply(item.unitPrice()).divide(item.unitPriceExclTax(), 10, RoundingMode.HALF_UP),
                        order.currency());
        if (shown.compareTo(item.unitPrice()) > 0) {
            throw invalid(item, variantId, "The replacement costs more than the item returned (" + shown + " instead "
                    + "of " + item.unitPrice() + " " + order.currency() + "): order it instead");
        }
        return new Replacement(variantId, sku.productId(), sku.sku(), sku.name(), shown, net);
    }

    record Added(UUID orderItemId, BigDecimal unitPrice) {}

    /**
     * On approval: reserves the replacement (409 insufficient_stock when there is none) and adds it to the
     * order at its current price, which must still be no dearer than the original.
     */
    Added add(ReturnableOrder order, ReturnRecord.Line line, String actor) {
        ReturnableOrder.Item item = order.item(line.orderItemId()).orElseThrow();
        Replacement replacement = replacementFor(order, item, line.replacementVariantId());
        inventory.reserve(order.id(), List.of(new StockLine(replacement.sku(), line.quantity())), actor);
        UUID added = orders.addExchangeItem(order.id(), new ReturnableOrders.ExchangeLine(item.id(),
                replacement.productId(), replacement.variantId(), replacement.sku(), replacement.name(),
                replacement.unitPrice(), replacement.unitPriceExclTax(), line.quantity()));
        return new Added(added, replacement.unitPrice());
    }

    private static BusinessRuleException invalid(ReturnableOrder.Item item, UUID variantId, String message) {
        return new BusinessRuleException("invalid_replacement", message,
                Map.of("orderItemId", item.id().toString(), "replacementVariantId", variantId.toString()));
    }
}
