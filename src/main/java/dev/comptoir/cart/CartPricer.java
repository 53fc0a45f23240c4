package dev.comptoir.cart;

import dev.comptoir.cart.CartView.AppliedCoupon;
import dev.comptoir.cart.CartView.Line;
import dev.comptoir.cart.CartView.Warning;
import dev.comptoir.catalog.CatalogService;
import dev.comptoir.catalog.SkuRef;
import dev.comptoir.catalog.SkuView;
import dev.comptoir.pricing.PricingService;
import dev.comptoir.pricing.Totals;
import dev.comptoir.promotions.CouponQuote;
import dev.comptoir.promotions.PromotionService;
import dev.comptoir.shared.error.ApiException;
import dev.comptoir.shared.money.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Prices a cart now: current unit prices and stock, the coupon re-checked, tax and shipping. */
@Component
class CartPricer {

    private final CatalogService catalog;
    private final PromotionService promotions;
    private final PricingService pricing;
    private final Clock clock;

    CartPricer(CatalogService catalog, PromotionService promotions, PricingService pricing, Clock clock) {
        this.catalog = catalog;
        this.promotions = promotions;
        this.pricing = pricing;
        this.clock = clock;
    }

    CartView price(Cart cart, String country) {
        return price(cart, country, Map.of());
    }

    /** {@code known}: SKUs the caller has just read in this transaction, not read again. */
    CartView price(Cart cart, String country, Map<SkuRef, SkuView> known) {
        List<Line> lines = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        BigDecimal subtotal = BigDecimal.ZERO.setScale(2);
        int count = 0;
        Map<SkuRef, SkuView> skus = new HashMap<>(known);
        List<SkuRef> missing = cart.items().stream().map(CartItem::skuRef).filter(ref -> !known.containsKey(ref))
                .toList();
        if (!missing.isEmpty()) {
            skus.putAll(catalog.findLineSkus(missing));
        }
        Map<UUID, String> withdrawnNames = namesOfLinesWithoutSku(cart, skus);
        for (CartItem item : cart.items()) {
            SkuView found = skus.get(item.skuRef());
            Optional<SkuView> sku = Optional.ofNullable(found).filter(SkuView::active);
            if (sku.isEmpty()) {
                // the line stays, named, so that the shopper sees what went and why
                String reason = found == null && item.variantId() != null ? "variant_removed" : "product_withdrawn";
                String name = found != null ? found.name() : withdrawnNames.get(item.productId());
                lines.add(new Line(item.id(), item.productId(), item.variantId(), item.sku(), name, null,
                        item.quantity(), BigDecimal.ZERO.setScale(2), 0, "unavailable", reason));
                warnings.add(new Warning("product_unavailable", item.sku(), reason.equals("variant_removed")
                        ? "This option of the product is no longer sold" : "This product is no longer sold"));
                continue;
            }
            SkuView s = sku.get();
            BigDecimal lineTotal = Money.round(s.unitPrice().multiply(BigDecimal.valueOf(item.quantity())));
            lines.add(new Line(item.id(), item.productId(), item.variantId(), s.sku(), s.name(),
                    Money.round(s.unitPrice()), item.quantity(), lineTotal, s.stock(), availability(s.stock()), null));
            subtotal = subtotal.add(lineTotal);
            count += item.quantity();
            if (s.unitPrice().compareTo(item.priceAtAdd()) != 0) {
                warnings.add(new Warning("price_changed", s.sku(),
                        "The price changed from " + item.priceAtAdd() + " to " + Money.round(s.unitPrice())));
            }
            if (s.stock() < item.quantity()) {
                warnings.add(new Warning("insufficient_stock", s.sku(),
                        s.stock() == 0 ? "Out of stock" : "Only " + s.stock() + " left"));
            }
        }
        AppliedCoupon coupon = null;
        BigDecimal discount = BigDecimal.ZERO.setScale(2);
        boolean freeShipping = false;
        if (cart.couponCode() != null) {
            try {
                CouponQuote quote = promotions.evaluate(cart.couponCode(), subtotal, cart.userId(), null,
                        clock.instant());
                coupon = new AppliedCoupon(quote.code(), quote.type().name().toLowerCase(), quote.discountAmount(),
                        quote.freeShipping());
                discount = quote.discountAmount();
                freeShipping = quote.freeShipping();
            } catch (ApiException refused) {
                warnings.add(new Warning(refused.code(), null, "Coupon " + cart.couponCode() + ": "
                        + refused.getMessage()));
            }
        }
        // nothing to buy costs nothing: no shipping on an empty (or wholly unavailable) cart
        boolean nothingToDeliver = count == 0;
        Totals totals = pricing.compute(subtotal, discount, freeShipping || nothingToDeliver, country,
                LocalDate.now(clock));
        return new CartView(cart.id(), lines, count, totals.subtotal(), totals.discountAmount(), totals.taxRate(),
                totals.taxAmount(), totals.shippingAmount(), totals.total(), totals.currency(), coupon,
                totals.country(), totals.shippingZone(), nothingToDeliver ? null : totals.estimatedDelivery(),
                warnings, cart.expiresAt());
    }

    /** Lines whose SKU is gone altogether (a removed variant) are named after their product. */
    private Map<UUID, String> namesOfLinesWithoutSku(Cart cart, Map<SkuRef, SkuView> skus) {
        List<UUID> products = cart.items().stream().filter(i -> !skus.containsKey(i.skuRef()))
                .map(CartItem::productId).distinct().toList();
        Map<UUID, String> names = new HashMap<>();
        if (!products.isEmpty()) {
            catalog.findProducts(products).forEach(p -> names.put(p.id(), p.name()));
        }
        return names;
    }

    /** No cart yet: nothing to pay, not even shipping. */
    static CartView empty() {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        return new CartView(null, List.of(), 0, zero, zero, zero, zero, zero, zero, Money.DEFAULT_CURRENCY, null,
                null, null, null, List.of(), null);
    }

    static String availability(int stock) {
        return stock <= 0 ? "out_of_stock" : stock <= 10 ? "low_stock" : "in_stock";
    }
}
