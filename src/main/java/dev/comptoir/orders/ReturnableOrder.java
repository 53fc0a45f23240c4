package dev.comptoir.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An order as the returns module reads it: who owns it, its status (SPEC §3's value, e.g.
 * {@code delivered}), the totals as they were at checkout and, per item, what was bought and how
 * many units are back already. Amounts carry two decimals, as stored.
 */
public record ReturnableOrder(UUID id, String orderNumber, @Nullable UUID userId, String email,
        @Nullable String locale, String status, String paymentStatus, String currency, BigDecimal subtotal,
        BigDecimal shippingAmount, BigDecimal total, @Nullable Instant deliveredAt, List<Item> items) {

    /**
     * {@code unitPrice} as the market displayed it, {@code unitPriceExclTax} its net amount (null on
     * lines bought before markets); {@code quantityShipped}: the units that left in parcels, the most
     * that can come back; {@code exchangeFor}: the item an exchange's replacement replaces.
     */
    public record Item(UUID id, UUID productId, @Nullable UUID variantId, String sku, String name,
            BigDecimal unitPrice, @Nullable BigDecimal unitPriceExclTax, int quantity, int quantityShipped,
            int quantityReturned, @Nullable UUID exchangeFor) {

        public boolean isReplacement() {
            return exchangeFor != null;
        }
    }

    public Optional<Item> item(UUID orderItemId) {
        return items.stream().filter(i -> i.id().equals(orderItemId)).findFirst();
    }

    /** Whether every unit shipped is back (an exchange's replacements aside). */
    public boolean everyUnitReturned() {
        return items.stream().filter(i -> !i.isReplacement())
                .allMatch(i -> i.quantityReturned() >= i.quantityShipped());
    }
}
