package dev.comptoir.cart;

import dev.comptoir.cart.CartView.AppliedCoupon;
import dev.comptoir.cart.CartView.Line;
import dev.comptoir.cart.CartView.Warning;
import dev.comptoir.cart.LinePrices.Priced;
import dev.comptoir.cart.CartMarkets.Choice;
import dev.comptoir.catalog.CatalogLocale;
import dev.comptoir.catalog.CatalogService;
import dev.comptoir.catalog.SkuRef;
import dev.comptoir.catalog.SkuView;
import dev.comptoir.catalog.TranslatedName;
import dev.comptoir.markets.Market;
import dev.comptoir.pricing.PricingService;
import dev.comptoir.pricing.Totals;
import dev.comptoir.promotions.CouponQuote;
import dev.comptoir.promotions.PromotionService;
import dev.comptoir.shared.error.ApiException;
import dev.comptoir.shared.money.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Prices a cart now in a market: current unit prices (price lists applied, as the market shows them) and
 * stock, the coupon re-checked, tax and shipping. A cart priced in another market than its own moves
 * there: each line whose price changes gets a {@code market_changed} warning and sees its new price.
 */
@Component
class CartPricer {

    private final CatalogService catalog;
    private final LinePrices prices;
    private final PromotionService promotions;
    private final PricingService pricing;
    private final Clock clock;

    CartPricer(CatalogService catalog, LinePrices prices, PromotionService promotions, PricingService pricing,
            Clock clock) {
        this.catalog = catalog;
        this.prices = prices;
        this.promotions = promotions;
        this.pricing = pricing;
        this.clock = clock;
    }

    CartView price(Cart cart, Market market, String country, Choice choice) {
        return price(cart, market, country, choice, Map.of());
    }

    /**
     * {@code known}: SKUs the caller has just read in the market's currency in this transaction; the lines are
     * named in the language {@code choice} negotiates in {@code market}.
     */
    CartView price(Cart cart, Market market, String country, Choice choice, Map<SkuRef, SkuView> known) {
        CatalogLocale locale = choice.language(market);
        String currency = market.currency();
        boolean moving = isMove(cart, market);
        String seenCurrency = cart.currency() == null ? currency : cart.currency();
        List<Line> lines = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        BigDecimal subtotal = Money.zero(currency);
        BigDecimal zero = Money.zero(currency);
        int count = 0;
        Instant now = clock.instant();
        Map<SkuRef, Priced> priced = prices.price(cart.items().stream().map(CartItem::skuRef).toList(), market,
                cart.userId(), now, known);
        Map<UUID, String> withdrawnNames = namesOfLinesWithoutSku(cart, priced, locale);
        Map<String, String> names = catalog.translatedSkuNames(
                priced.values().stream().map(p -> p.sku().sku()).toList(), locale);
        for (CartItem item : cart.items()) {
            Priced found = priced.get(item.skuRef());
            if (found == null || !found.sku().active() || !found.sold()) {
                // the line stays, named, so that the shopper sees what went and why
                String reason = found == null ? item.variantId() != null ? "variant_removed" : "product_withdrawn"
                        : !found.sku().active() ? "product_withdrawn" : "not_sold_in_market";
                String name = found != null ? names.getOrDefault(found.sku().sku(), found.sku().name())
                        : withdrawnNames.get(item.productId());
                lines.add(new Line(item.id(), item.productId(), item.variantId(), item.sku(), name, null, null, null,
                        null, null, item.quantity(), zero, 0, "unavailable", reason));
                warnings.add(new Warning("product_unavailable", item.sku(), switch (reason) {
                    case "variant_removed" -> "This option of the product is no longer sold";
                    case "not_sold_in_market" -> "This product is not sold in market " + market.code();
                    default -> "This product is no longer sold";
                }));
                continue;
            }
            SkuView s = found.sku();
            BigDecimal unit = found.unit().price();
            BigDecimal lineTotal = Money.round(unit.multiply(BigDecimal.valueOf(item.quantity())), currency);
            lines.add(new Line(item.id(), item.productId(), item.variantId(), s.sku(),
                    names.getOrDefault(s.sku(), s.name()), unit,
                    found.unit().priceExclTax(), found.unit().priceInclTax(), found.compareAtPrice(),
                    found.priceListId(), item.quantity(), lineTotal, s.stock(), availability(s.stock()), null));
            subtotal = subtotal.add(lineTotal);
            count += item.quantity();
            boolean changed = unit.compareTo(item.priceAtAdd()) != 0 || !seenCurrency.equals(currency);
            if (moving && changed) {
                warnings.add(new Warning("market_changed", s.sku(), "The cart moved to market " + market.code()
                        + ": the price changed from " + shown(item.priceAtAdd(), seenCurrency) + " " + seenCurrency
                        + " to " + shown(unit, currency) + " " + currency));
                item.seen(unit);
            } else if (changed) {
                warnings.add(new Warning("price_changed", s.sku(),
                        "The price changed from " + shown(item.priceAtAdd(), currency) + " to " + shown(unit, currency)));
            }
            if (s.stock() < item.quantity()) {
                warnings.add(new Warning("insufficient_stock", s.sku(),
                        s.stock() == 0 ? "Out of stock" : "Only " + s.stock() + " left"));
            }
        }
        if (moving) {
            cart.moveTo(market.code(), currency);
        }
        AppliedCoupon coupon = null;
        BigDecimal discount = zero;
        boolean freeShipping = false;
        if (cart.couponCode() != null) {
            try {
                CouponQuote quote = promotions.evaluate(cart.couponCode(), subtotal, currency, cart.userId(), null,
                        now);
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
        Totals totals = pricing.compute(market.pricing(), subtotal, discount, freeShipping || nothingToDeliver,
                country, LocalDate.now(clock));
        return new CartView(cart.id(), market.code(), locale.locale(), lines, count, totals.subtotal(), totals.discountAmount(),
                totals.taxRate(), totals.taxAmount(), totals.shippingAmount(), totals.total(), totals.totalExclTax(),
                totals.currency(), totals.taxInclusive(), coupon, totals.country(), totals.shippingZone(),
                nothingToDeliver ? null : totals.estimatedDelivery(), warnings, cart.expiresAt());
    }

    /** Whether pricing the cart in {@code market} moves it there (another market, or its currency changed). */
    static boolean isMove(Cart cart, Market market) {
        return !market.code().equals(cart.marketCode())
                || cart.currency() != null && !Objects.equals(cart.currency(), market.currency());
    }

    /** Lines whose SKU is gone altogether (a removed variant) are named after their product. */
    private Map<UUID, String> namesOfLinesWithoutSku(Cart cart, Map<SkuRef, Priced> skus, CatalogLocale locale) {
        List<UUID> products = cart.items().stream().filter(i -> !skus.containsKey(i.skuRef()))
                .map(CartItem::productId).distinct().toList();
        Map<UUID, String> names = new HashMap<>();
        if (!products.isEmpty()) {
            Map<UUID, TranslatedName> translated = catalog.translatedNames(products, locale);
            catalog.findProducts(products).forEach(p -> names.put(p.id(),
                    translated.containsKey(p.id()) ? translated.get(p.id()).nameOr(p.name()) : p.name()));
        }
        return names;
    }

    /** No cart yet: nothing to pay, not even shipping; in the request's market and language. */
    static CartView empty(Choice choice) {
        Market market = choice.market();
        BigDecimal zero = Money.zero(market.currency());
        return new CartView(null, market.code(), choice.language(market).locale(), List.of(), 0, zero, zero, BigDecimal.ZERO.setScale(2), zero, zero,
                zero, zero, market.currency(), market.taxInclusive(), null, null, null, null, List.of(), null);
    }

    /** An amount in its currency's decimals (a seen price is stored with two: 7800.00 JPY is shown 7800). */
    private static String shown(BigDecimal amount, String currency) {
        return Money.round(amount, currency).toPlainString();
    }

    static String availability(int stock) {
        return stock <= 0 ? "out_of_stock" : stock <= 10 ? "low_stock" : "in_stock";
    }
}
