package dev.comptoir.catalog.product;

import dev.comptoir.markets.Market;
import dev.comptoir.pricelists.AppliedPrice;
import dev.comptoir.pricing.DisplayPrice;
import dev.comptoir.pricing.PriceContext;
import dev.comptoir.pricing.PricingService;
import dev.comptoir.shared.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a catalog read shows prices. In a market ({@link #of}): only the products priced in the market's
 * currency, each net amount shown as {@link DisplayPrice} (incl. the VAT of the market's first country
 * in a tax-inclusive market: ADR 0009). For admins ({@link #STORED}): amounts as stored, net, in the
 * product's own currency, with the product's prices in every currency. A market's view may carry the
 * prices that price lists give its reader ({@link CatalogPrices}), by SKU.
 */
public final class PriceDisplay {

    public static final PriceDisplay STORED = new PriceDisplay(null, null, null, Map.of());

    private final @Nullable String market;
    private final @Nullable PriceContext context;
    private final @Nullable PricingService pricing;
    private final Map<String, AppliedPrice> applied;

    private PriceDisplay(@Nullable String market, @Nullable PriceContext context, @Nullable PricingService pricing,
            Map<String, AppliedPrice> applied) {
        this.market = market;
        this.context = context;
        this.pricing = pricing;
        this.applied = applied;
    }

    public static PriceDisplay of(Market market, PricingService pricing) {
        return new PriceDisplay(market.code(), market.pricing(), pricing, Map.of());
    }

    /** This view with the prices that price lists give, by SKU (net, in {@link #currency()}). */
    PriceDisplay withApplied(Map<String, AppliedPrice> prices) {
        return new PriceDisplay(market, context, pricing, Map.copyOf(prices));
    }

    /** What {@code sku} sells at when its regular net price is {@code regularNet}: a list's price, else that one. */
    public AppliedPrice applied(String sku, BigDecimal regularNet) {
        AppliedPrice price = applied.get(sku);
        return price != null && price.fromPriceList() ? price : AppliedPrice.regular(regularNet);
    }

    /**
     * A product's own price as this view shows it ({@code product} priced in the market's currency): the list's
     * price for its SKU when one applies, and the price it compares at — a sale's regular price over the
     * merchant's own compareAtPrice, since that is the price the sale beats — shown likewise (null: none).
     */
    public Shown productPrice(Product product) {
        String currency = isStored() ? product.getCurrency() : currency();
        ProductPrice own = product.priceIn(currency).orElseThrow(() -> new IllegalArgumentException(
                "Product " + product.getId() + " has no price in " + currency));
        AppliedPrice applied = applied(product.getSku(), own.amount());
        BigDecimal compareAtNet = applied.compareAtPrice() != null ? applied.compareAtPrice() : own.compareAtPrice();
        return new Shown(show(applied.amount()), compareAtNet == null ? null : shown(compareAtNet));
    }

    /** A displayed price and the displayed price it compares at (null: none; on sale when above {@code price}). */
    public record Shown(DisplayPrice price, @Nullable BigDecimal compareAtPrice) {

        public boolean onSale() {
            return compareAtPrice != null && compareAtPrice.compareTo(price.price()) > 0;
        }
    }

    public boolean isStored() {
        return context == null;
    }

    /** The market's code; null for the stored view. */
    public @Nullable String market() {
        return market;
    }

    /** The market's currency; for the stored view the store's (every product's own currency). */
    public String currency() {
        return context == null ? Money.DEFAULT_CURRENCY : context.currency();
    }

    public boolean taxInclusive() {
        return context != null && context.taxInclusive();
    }

    /** Whether the product is sold where this view shows it: priced in the market's currency (always for admins). */
    public boolean sells(Product product) {
        return context == null || product.priceIn(context.currency()).isPresent();
    }

    /** A net amount in {@link #currency()} as the market shows it. */
    public DisplayPrice show(BigDecimal net) {
        if (context == null) {
            return new DisplayPrice(net, net, null);
        }
        return Objects.requireNonNull(pricing).displayPrices(net, context);
    }

    /** The amount the market displays for a net one (incl. tax in a tax-inclusive market). */
    public BigDecimal shown(BigDecimal net) {
        return show(net).price();
    }

    /**
     * The lowest net amount (in the currency's decimals, 0 or more) that the market shows at
     * {@code shown} or more: a price filter or band on displayed prices becomes one on net amounts, exactly,
     * since the shown amount never decreases when the net one grows.
     */
    public BigDecimal lowestNetShownFrom(BigDecimal shown) {
        BigDecimal unit = BigDecimal.ONE.movePointLeft(Money.decimals(currency()));
        BigDecimal net = estimate(shown, RoundingMode.FLOOR).max(BigDecimal.ZERO);
        while (net.signum() > 0 && shown(net.subtract(unit)).compareTo(shown) >= 0) {
            net = net.subtract(unit);
        }
        while (shown(net).compareTo(shown) < 0) {
            net = net.add(unit);
        }
        return net;
    }

    /** The highest net amount the market shows at {@code shown} or less (negative when none, below 0). */
    public BigDecimal highestNetShownUpTo(BigDecimal shown) {
        BigDecimal unit = BigDecimal.ONE.movePointLeft(Money.decimals(currency()));
        BigDecimal net = estimate(shown, RoundingMode.CEILING);
        while (net.signum() >= 0 && shown(net).compareTo(shown) > 0) {
            net = net.subtract(unit);
        }
        if (net.signum() < 0) {
            return net;
        }
        while (shown(net.add(unit)).compareTo(shown) <= 0) {
            net = net.add(unit);
        }
        return net;
    }

    /** shown / (1 + rate) in the currency's decimals: at most a unit or two from the exact bound. */
    private BigDecimal estimate(BigDecimal shown, RoundingMode mode) {
        int decimals = Money.decimals(currency());
        if (!taxInclusive()) {
            return shown.setScale(decimals, mode);
        }
        BigDecimal rate = Objects.requireNonNull(pricing).taxRate(Objects.requireNonNull(context).displayCountry());
        return shown.divide(BigDecimal.ONE.add(rate), decimals, mode);
    }
}
