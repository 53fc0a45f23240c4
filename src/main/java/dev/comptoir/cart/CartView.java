package dev.comptoir.cart;

import dev.comptoir.pricing.EstimatedDelivery;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A cart as the client sees it: every price and total computed now, from current data, in the cart's
 * {@code market} and its {@code currency} (amounts in its decimals: JPY none). Money fields carry the
 * original design's names, the same as an order's. In a tax-inclusive market ({@code taxInclusive})
 * unit prices, subtotal, discount and shipping include tax, {@code taxAmount} is the tax the total
 * contains; in both modes {@code totalExclTax = total - taxAmount} (ADR 0009). {@code estimatedDelivery}
 * is null while there is nothing to deliver. {@code locale} is the language the lines are named in (also
 * {@code Content-Language}), negotiated among the languages of the cart's market.
 */
public record CartView(UUID id, String market, String locale, List<Line> items, int itemCount, BigDecimal subtotal,
        BigDecimal discountAmount, BigDecimal taxRate, BigDecimal taxAmount, BigDecimal shippingAmount,
        BigDecimal total, BigDecimal totalExclTax, String currency, boolean taxInclusive,
        @Nullable AppliedCoupon coupon, String shippingCountry, String shippingZone,
        @Nullable EstimatedDelivery estimatedDelivery, List<Warning> warnings, Instant expiresAt) {

    /**
     * {@code availability}: in_stock, low_stock, out_of_stock, or unavailable; an unavailable line keeps
     * its name and says why in {@code unavailableReason} ({@code product_withdrawn}: the product is
     * inactive or deleted; {@code variant_removed}: the variant no longer exists; {@code
     * not_sold_in_market}: no price in the market's currency). Its prices are null and its {@code
     * lineTotal} 0. {@code unitPrice} is as the market displays it, {@code unitPriceExclTax} and {@code
     * unitPriceInclTax} (the VAT of the market's first country) as the catalog's {@code priceExclTax} and
     * {@code priceInclTax}; {@code compareAtPrice} (displayed likewise) is the price a sale list beats,
     * {@code priceListId} the list that gave {@code unitPrice} (null: the regular price).
     */
    public record Line(UUID id, UUID productId, @Nullable UUID variantId, String sku, String name,
            @Nullable BigDecimal unitPrice, @Nullable BigDecimal unitPriceExclTax,
            @Nullable BigDecimal unitPriceInclTax, @Nullable BigDecimal compareAtPrice, @Nullable UUID priceListId,
            int quantity, BigDecimal lineTotal, int available, String availability,
            @Nullable String unavailableReason) {}

    public record AppliedCoupon(String code, String type, BigDecimal discountAmount, boolean freeShipping) {}

    /**
     * Something the shopper should know: {@code price_changed}, {@code market_changed} (the cart moved to
     * another market and this line's price changed: old and new amounts in the message), {@code
     * insufficient_stock}, {@code product_unavailable}, or a coupon's refusal code.
     */
    public record Warning(String code, String sku, String message) {}
}
