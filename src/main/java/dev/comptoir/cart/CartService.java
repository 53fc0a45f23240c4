package dev.comptoir.cart;

import dev.comptoir.cart.CartRequests.AddItem;
import dev.comptoir.cart.CartRequests.SetItem;
import dev.comptoir.catalog.CatalogService;
import dev.comptoir.catalog.SkuRef;
import dev.comptoir.catalog.SkuView;
import dev.comptoir.promotions.PromotionService;
import dev.comptoir.shared.error.BadRequestException;
import dev.comptoir.shared.error.BusinessRuleException;
import dev.comptoir.shared.error.ConflictException;
import dev.comptoir.shared.error.NotFoundException;
import dev.comptoir.shared.money.Money;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import dev.comptoir.cart.CartMarkets.Choice;
import dev.comptoir.cart.LinePrices.Priced;
import dev.comptoir.markets.Market;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carts: what the cart routes do, and what checkout needs ({@link #lockForCheckout},
 * {@link #emptyAfterCheckout}). Quantities are checked against current stock; prices are read from
 * the catalog every time.
 */
@Service
public class CartService {

    private final CartRepository carts;
    private final CartPricer pricer;
    private final CatalogService catalog;
    private final PromotionService promotions;
    private final JdbcTemplate jdbc;
    private final CartLimits limits;
    private final CartMarkets markets;
    private final LinePrices prices;
    private final Clock clock;

    CartService(CartRepository carts, CartPricer pricer, CatalogService catalog, PromotionService promotions,
            JdbcTemplate jdbc, CartLimits limits, CartMarkets markets, LinePrices prices, Clock clock) {
        this.carts = carts;
        this.pricer = pricer;
        this.catalog = catalog;
        this.promotions = promotions;
        this.jdbc = jdbc;
        this.limits = limits;
        this.markets = markets;
        this.prices = prices;
        this.clock = clock;
    }

    /** Read-write: a request choosing another market than the cart's moves the cart there. */
    @Transactional
    CartView view(CartOwner owner, Choice choice, String country) {
        return find(owner).map(cart -> pricer.price(cart, markets.forCart(cart, choice), country, choice))
                .orElseGet(() -> CartPricer.empty(choice));
    }

    @Transactional
    CartView add(CartOwner owner, AddItem request, Choice choice, String country) {
        Cart cart = findOrCreate(owner, choice.market());
        Market market = markets.forCart(cart, choice);
        SkuRef ref = new SkuRef(request.productId(), request.variantId());
        Priced priced = sellable(ref, market, owner.userId());
        SkuView sku = priced.sku();
        int current = cart.item(sku.sku()).map(CartItem::quantity).orElse(0);
        int quantity = current + request.quantity();
        if (quantity > CartItem.MAX_QUANTITY) {
            throw new BadRequestException("invalid_quantity", "A line holds at most 999 units");
        }
        limits.check(sku.sku(), quantity, units(cart) - current + quantity);
        checkStock(sku, quantity);
        Instant now = clock.instant();
        cart.item(sku.sku()).ifPresentOrElse(item -> item.setQuantity(quantity),
                () -> cart.add(sku.productId(), sku.variantId(), sku.sku(), quantity, priced.unit().price(), now));
        cart.touch(now);
        return pricer.price(cart, market, country, choice, Map.of(ref, sku));
    }

    @Transactional
    CartView set(CartOwner owner, SetItem request, Choice choice, String country) {
        Cart cart = find(owner).orElseThrow(CartService::itemNotFound);
        Market market = markets.forCart(cart, choice);
        if (request.quantity() == 0) {
            CartItem item = cart.items().stream()
                    .filter(i -> i.productId().equals(request.productId())
                            && Objects.equals(i.variantId(), request.variantId()))
                    .findFirst().orElseThrow(CartService::itemNotFound);
            cart.remove(item);
        } else {
            SkuView sku = sellable(new SkuRef(request.productId(), request.variantId()), market, owner.userId()).sku();
            CartItem item = cart.item(sku.sku()).orElseThrow(CartService::itemNotFound);
            limits.check(sku.sku(), request.quantity(), units(cart) - item.quantity() + request.quantity());
            checkStock(sku, request.quantity());
            item.setQuantity(request.quantity());
        }
        cart.touch(clock.instant());
        return pricer.price(cart, market, country, choice);
    }

    @Transactional
    CartView remove(CartOwner owner, UUID itemId, Choice choice, String country) {
        Cart cart = find(owner).orElseThrow(CartService::itemNotFound);
        cart.remove(cart.item(itemId).orElseThrow(CartService::itemNotFound));
        cart.touch(clock.instant());
        return pricer.price(cart, markets.forCart(cart, choice), country, choice);
    }

    @Transactional
    void clear(CartOwner owner) {
        find(owner).ifPresent(cart -> {
            cart.clear();
            cart.touch(clock.instant());
        });
    }

    /** Applies a coupon after checking it against the current subtotal; refusals say why. */
    @Transactional
    CartView applyCoupon(CartOwner owner, String code, Choice choice, String country) {
        Cart cart = find(owner).orElseThrow(() -> new BusinessRuleException("empty_cart", "The cart is empty"));
        Market market = markets.forCart(cart, choice);
        CartView current = pricer.price(cart, market, country, choice);
        promotions.evaluate(code, current.subtotal(), market.currency(), owner.userId(), null, clock.instant());
        cart.applyCoupon(code.trim());
        cart.touch(clock.instant());
        return pricer.price(cart, market, country, choice);
    }

    @Transactional
    CartView removeCoupon(CartOwner owner, Choice choice, String country) {
        Optional<Cart> cart = find(owner);
        cart.ifPresent(c -> {
            c.applyCoupon(null);
            c.touch(clock.instant());
        });
        return cart.map(c -> pricer.price(c, markets.forCart(c, choice), country, choice))
                .orElseGet(() -> CartPricer.empty(choice));
    }

    /**
     * Moves an anonymous cart into the customer's at login: quantities add up, capped by the stock
     * available now and the line limit (checkout refuses a cart past the order limit); the customer's
     * coupon wins, else the anonymous one's is kept. A line new to a customer's cart in another market (or
     * currency) is seen at its current price there, for the customer: the price the anonymous shopper saw
     * was in the other market's terms, and comparing it would warn of a change that is none. A line the
     * customer's market does not sell is merged all the same (shown unavailable: not_sold_in_market).
     */
    @Transactional
    public void merge(String sessionId, UUID userId) {
        Optional<Cart> anonymous = carts.findBySessionId(sessionId).filter(c -> !c.isExpired(clock.instant()));
        if (anonymous.isEmpty()) {
            return;
        }
        Cart from = anonymous.get();
        Cart into = findOrCreate(CartOwner.customer(userId), markets.own(from));
        Market market = markets.own(into);
        boolean sameTerms = Objects.equals(from.marketCode(), into.marketCode())
                && Objects.equals(from.currency(), into.currency());
        Instant now = clock.instant();
        Map<SkuRef, Priced> skus = prices.price(from.items().stream().map(CartItem::skuRef).toList(), market, userId,
                now, Map.of());
        for (CartItem item : from.items()) {
            Optional<Priced> priced = Optional.ofNullable(skus.get(item.skuRef())).filter(p -> p.sku().active());
            if (priced.isEmpty()) {
                continue;
            }
            int wanted = into.item(item.sku()).map(CartItem::quantity).orElse(0) + item.quantity();
            int quantity = Math.min(Math.min(wanted, priced.get().sku().stock()), limits.maxLineQuantity());
            if (quantity <= 0) {
                continue;
            }
            BigDecimal seen = sameTerms || !priced.get().sold() ? item.priceAtAdd() : priced.get().unit().price();
            into.item(item.sku()).ifPresentOrElse(existing -> existing.setQuantity(quantity),
                    () -> into.add(item.productId(), item.variantId(), item.sku(), quantity, seen, now));
        }
        if (into.couponCode() == null) {
            into.applyCoupon(from.couponCode());
        }
        into.touch(now);
        carts.delete(from);
    }

    /**
     * The cart locked for checkout and re-priced; refuses an empty cart, a withdrawn product, or more
     * than the quantity limits allow (a cart filled before they were lowered, or by a merge). The row
     * is locked before the items are loaded: items read before the lock would stay in the persistence
     * context as they were, and a checkout that waited for another could place the same items again.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public CheckoutCart lockForCheckout(CartOwner owner) {
        Cart cart = (owner.isCustomer() ? carts.lockByUserId(owner.userId()) : carts.lockBySessionId(owner.sessionId()))
                .filter(c -> !c.isExpired(clock.instant()))
                .filter(c -> !c.items().isEmpty())
                .orElseThrow(() -> new BusinessRuleException("empty_cart", "The cart is empty"));
        Market market = markets.own(cart);
        if (CartPricer.isMove(cart, market)) {
            // the cart's market was deleted or changed its currency since the shopper last saw the cart
            throw new ConflictException("cart_market_changed", "The cart's market changed: read the cart again "
                    + "to see it priced in market " + market.code(), Map.of("market", market.code()));
        }
        List<CheckoutCart.Line> lines = new ArrayList<>();
        BigDecimal subtotal = Money.zero(market.currency());
        Map<SkuRef, Priced> skus = prices.price(cart.items().stream().map(CartItem::skuRef).toList(), market,
                cart.userId(), clock.instant(), Map.of());
        int units = units(cart);
        for (CartItem item : cart.items()) {
            limits.check(item.sku(), item.quantity(), units);
            Priced priced = Optional.ofNullable(skus.get(item.skuRef())).filter(p -> p.sku().active())
                    .orElseThrow(() -> new NotFoundException("product_not_found",
                            "A product in the cart is no longer sold: " + item.sku(), Map.of("sku", item.sku())));
            if (!priced.sold()) {
                throw new BusinessRuleException("not_sold_in_market", "A product in the cart is not sold in market "
                        + market.code() + ": " + item.sku(), Map.of("sku", item.sku(), "market", market.code()));
            }
            SkuView sku = priced.sku();
            BigDecimal unit = priced.unit().price();
            BigDecimal lineTotal = Money.round(unit.multiply(BigDecimal.valueOf(item.quantity())), market.currency());
            lines.add(new CheckoutCart.Line(sku.productId(), sku.variantId(), sku.sku(), sku.name(), unit,
                    priced.unit().priceExclTax(), priced.compareAtPrice(), priced.priceListId(), item.quantity(),
                    lineTotal));
            subtotal = subtotal.add(lineTotal);
        }
        return new CheckoutCart(cart.id(), market, lines, subtotal, cart.couponCode());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void emptyAfterCheckout(UUID cartId) {
        carts.findById(cartId).ifPresent(Cart::clear);
    }

    /** Drops expired carts; several instances may run it at once harmlessly. */
    @Transactional
    public int deleteExpired() {
        return carts.deleteExpired(clock.instant());
    }

    private Optional<Cart> find(CartOwner owner) {
        Optional<Cart> cart = owner.isCustomer() ? carts.findByUserId(owner.userId())
                : carts.findBySessionId(owner.sessionId());
        return cart.filter(c -> !c.isExpired(clock.instant()));
    }

    /** Creates the cart with an upsert, so that two first requests of one visitor share one cart. */
    private Cart findOrCreate(CartOwner owner, Market market) {
        Instant now = clock.instant();
        Optional<Cart> existing = owner.isCustomer() ? carts.findByUserId(owner.userId())
                : carts.findBySessionId(owner.sessionId());
        if (existing.isPresent()) {
            Cart cart = existing.get();
            if (cart.isExpired(now)) {
                cart.clear();
            }
            return cart;
        }
        Timestamp at = Timestamp.from(now);
        jdbc.update("""
                INSERT INTO carts (id, user_id, session_id, market_code, currency, expires_at, created_at, updated_at,
                    version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0) ON CONFLICT DO NOTHING""", UUID.randomUUID(), owner.userId(),
                owner.sessionId(), market.code(), market.currency(), Timestamp.from(now.plus(Cart.ANONYMOUS_TTL)), at,
                at);
        return (owner.isCustomer() ? carts.findByUserId(owner.userId()) : carts.findBySessionId(owner.sessionId()))
                .orElseThrow();
    }

    /**
     * The SKU priced in the market when it is sold there (active, with a price in the market's currency:
     * else 404 as the catalog answers in that market); the product is read only to explain a refusal.
     */
    private Priced sellable(SkuRef ref, Market market, UUID customerId) {
        UUID productId = ref.productId();
        UUID variantId = ref.variantId();
        Priced priced = prices.price(List.of(ref), market, customerId, clock.instant(), Map.of()).get(ref);
        if (priced != null && priced.sku().active() && priced.sold()) {
            return priced;
        }
        if (variantId == null && catalog.findProduct(productId).filter(p -> p.hasVariants()).isPresent()) {
            throw new BadRequestException("variant_required", "This product is sold by variant: give variantId");
        }
        throw variantId == null ? new NotFoundException("product_not_found", "No such product")
                : new NotFoundException("product_not_found", "No such product variant");
    }

    private static int units(Cart cart) {
        return cart.items().stream().mapToInt(CartItem::quantity).sum();
    }

    private static void checkStock(SkuView sku, int quantity) {
        if (quantity > sku.stock()) {
            throw new ConflictException("insufficient_stock",
                    sku.stock() == 0 ? "Out of stock" : "Only " + sku.stock() + " available",
                    Map.of("sku", sku.sku(), "available", sku.stock(), "requested", quantity));
        }
    }

    private static NotFoundException itemNotFound() {
        return new NotFoundException("cart_item_not_found", "No such item in the cart");
    }
}
