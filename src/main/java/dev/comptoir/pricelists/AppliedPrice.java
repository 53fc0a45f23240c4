package dev.comptoir.pricelists;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The net unit price a customer pays for a SKU (ADR 0010): {@code amount}; when a sale list gave it,
 * {@code compareAtPrice} is the price it beats (the override's or the regular one), else null; the
 * list that gave {@code amount} ({@code priceListId}, {@code priceListType} {@value #SALE} or
 * {@value #OVERRIDE}), both null for the regular price.
 */
public record AppliedPrice(BigDecimal amount, @Nullable BigDecimal compareAtPrice, @Nullable UUID priceListId,
        @Nullable String priceListType) {

    public static final String SALE = "sale";
    public static final String OVERRIDE = "override";

    /** The regular price: no list applies. */
    public static AppliedPrice regular(BigDecimal amount) {
        return new AppliedPrice(amount, null, null, null);
    }

    /** Whether a price list gave this price (the order line records which). */
    public boolean fromPriceList() {
        return priceListId != null;
    }
}
