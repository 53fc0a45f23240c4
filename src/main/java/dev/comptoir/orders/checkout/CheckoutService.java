package dev.comptoir.orders.checkout;

import dev.comptoir.cart.CartOwner;
import dev.comptoir.cart.CartService;
import dev.comptoir.cart.CheckoutCart;
import dev.comptoir.catalog.CatalogLocales;
import dev.comptoir.customers.AddressSnapshot;
import dev.comptoir.customers.CustomerService;
import dev.comptoir.customers.CustomerSummary;
import dev.comptoir.inventory.InventoryService;
import dev.comptoir.inventory.InventoryService.StockLine;
import dev.comptoir.orders.OrderPlaced;
import dev.comptoir.orders.order.Address;
import dev.comptoir.orders.order.GuestTokens;
import dev.comptoir.orders.order.Order;
import dev.comptoir.orders.order.OrderDraft;
import dev.comptoir.orders.order.OrderRepository;
import dev.comptoir.markets.Market;
import dev.comptoir.pricing.PricingService;
import dev.comptoir.pricing.Totals;
import dev.comptoir.promotions.CouponQuote;
import dev.comptoir.promotions.PromotionService;
import dev.comptoir.promotions.Redemption;
import dev.comptoir.shared.error.BadRequestException;
import dev.comptoir.shared.error.ConflictException;
import dev.comptoir.shared.error.NotFoundException;
import dev.comptoir.shared.error.Problems.FieldProblem;
import dev.comptoir.shared.money.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checkout as one transaction: lock and re-price the cart, quote the coupon, compute the totals, write
 * the order, empty the cart and publish {@link OrderPlaced}, then redeem the coupon and take the stock
 * (last, so the hottest row locks are held the shortest). Any failure rolls all of it back.
 */
@Service
class CheckoutService {

    private final CartService carts;
    private final PromotionService promotions;
    private final PricingService pricing;
    private final InventoryService inventory;
    private final CustomerService customers;
    private final OrderRepository orders;
    private final OrderNumbers numbers;
    private final UnpaidOrderCaps unpaidCaps;
    private final OrdersProperties properties;
    private final ApplicationEventPublisher events;
    private final CatalogLocales locales;
    private final Clock clock;

    CheckoutService(CartService carts, PromotionService promotions, PricingService pricing,
            InventoryService inventory, CustomerService customers, OrderRepository orders, OrderNumbers numbers,
            UnpaidOrderCaps unpaidCaps, OrdersProperties properties, ApplicationEventPublisher events,
            CatalogLocales locales, Clock clock) {
        this.carts = carts;
        this.promotions = promotions;
        this.pricing = pricing;
        this.inventory = inventory;
        this.customers = customers;
        this.orders = orders;
        this.numbers = numbers;
        this.unpaidCaps = unpaidCaps;
        this.properties = properties;
        this.events = events;
        this.locales = locales;
        this.clock = clock;
    }

    record Placed(Order order, String guestToken) {}

    /**
     * {@code clientKey}: the buyer's hashed address, for the cap on unpaid orders per client;
     * {@code acceptLanguage}: negotiated within the cart's market, the language of a guest's emails (a
     * customer's own is read from the account).
     */
    @Transactional
    Placed checkout(CartOwner owner, CheckoutRequest request, String clientKey, String acceptLanguage) {
        Instant now = clock.instant();
        UUID userId = owner.userId();
        CustomerSummary buyer = userId == null ? null : customers.findBuyer(userId)
                .orElseThrow(() -> new NotFoundException("customer_not_found", "This account no longer exists"));
        String email = buyer != null ? buyer.email() : guestEmail(request);
        Address shipping = address(userId, "shippingAddress", request.shippingAddress(), "addressId",
                request.addressId(), true);
        Address billing = address(userId, "billingAddress", request.billingAddress(), "billingAddressId",
                request.billingAddressId(), false);
        if (billing == null) {
            billing = shipping;
        }

        unpaidCaps.check(userId, email, clientKey, now);
        CheckoutCart cart = carts.lockForCheckout(owner);
        UUID orderId = UUID.randomUUID();
        // quoted without a lock: the coupon row is locked only by its redemption, below
        Market market = cart.market();
        CouponQuote coupon = cart.couponCode() == null ? null
                : promotions.evaluate(cart.couponCode(), cart.subtotal(), cart.currency(), userId, email, now);
        BigDecimal discount = coupon == null ? Money.zero(cart.currency()) : coupon.discountAmount();
        boolean freeShipping = coupon != null && coupon.freeShipping();
        String couponCode = coupon == null ? null : coupon.code();
        // in the market's currency and tax mode; a country outside its zones is 422 shipping_unavailable
        Totals totals = pricing.compute(market.pricing(), cart.subtotal(), discount, freeShipping, shipping.country(),
                LocalDate.ofInstant(now, clock.getZone()));

        String guestToken = userId == null ? GuestTokens.generate() : null;
        String actor = userId != null ? "customer:" + userId : "guest";
        var lines = cart.lines().stream().map(l -> new OrderDraft.Line(l.productId(), l.variantId(), l.sku(),
                l.name(), l.unitPrice(), l.unitPriceExclTax(), l.compareAtPrice(), l.priceListId(), l.quantity(),
                l.lineTotal())).toList();
        OrderDraft draft = new OrderDraft(orderId, userId, email, guestToken == null ? null : GuestTokens.hash(guestToken),
                request.paymentMethod() == null ? "card" : request.paymentMethod(), totals, couponCode, shipping,
                billing, request.notes(), now.plus(properties.paymentTimeout()), actor, clientKey, lines,
                buyer != null ? buyer.locale() : locales.negotiate(market, null, acceptLanguage).locale(),
                market.code());
        Order order = orders.save(new Order(draft, numbers.next(now), now));
        carts.emptyAfterCheckout(cart.cartId());
        events.publishEvent(new OrderPlaced(orderId, order.orderNumber(), userId, email, order.total(),
                order.currency(), lines.stream().map(l -> new OrderPlaced.Line(l.productId(), l.variantId(), l.sku(),
                        l.name(), l.unitPrice(), l.quantity(), l.lineTotal())).toList(), now));
        // Everything else is written before the coupon and the stock are taken: a popular coupon's row
        // and a hot SKU's row stay locked from their UPDATE to the commit, so that span holds only the
        // redemption, the stock UPDATEs and their ledger lines. Coupon before stock rows: the lock order
        // of cancellation too (OrderCancellation), so the two never deadlock.
        orders.flush();
        if (coupon != null) {
            redeem(coupon, orderId, cart.subtotal(), cart.currency(), userId, email, now);
            orders.flush();
        }
        inventory.reserve(orderId, lines.stream().map(l -> new StockLine(l.sku(), l.quantity())).toList(), actor);
        return new Placed(order, guestToken);
    }

    /**
     * Takes the coupon's use under its row lock. The totals come from the unlocked quote: when the
     * coupon changed in between, the order would disagree with its redemption, so it is refused (and
     * rolled back) instead; the cart then shows the coupon's current terms.
     */
    private void redeem(CouponQuote quoted, UUID orderId, BigDecimal subtotal, String currency, UUID userId,
            String email, Instant now) {
        Redemption redeemed = promotions.redeem(quoted.code(), orderId, subtotal, currency, userId, email, now);
        if (!redeemed.couponId().equals(quoted.couponId())
                || redeemed.discountAmount().compareTo(quoted.discountAmount()) != 0
                || redeemed.freeShipping() != quoted.freeShipping()) {
            throw new ConflictException("coupon_changed", "Coupon " + quoted.code()
                    + " changed during checkout; check the cart and try again", Map.of("code", quoted.code()));
        }
    }

    private static String guestEmail(CheckoutRequest request) {
        if (request.email() == null || request.email().isBlank()) {
            throw new BadRequestException("invalid_data", "Invalid request: email is required for a guest checkout",
                    Map.of("errors", FieldProblem.single("email", "is required for a guest checkout")));
        }
        return request.email().trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The inline address or a copy of the customer's saved one (a snapshot: later edits of the saved
     * address do not change the order). Exactly one of the two when {@code required}, else at most one.
     */
    private Address address(UUID userId, String inlineField, Address inline, String idField, UUID addressId,
            boolean required) {
        if (inline != null && addressId != null) {
            throw invalid(idField, "must not be given together with " + inlineField);
        }
        if (addressId == null) {
            if (inline == null && required) {
                throw invalid(inlineField, "is required unless " + idField + " is given");
            }
            return inline == null ? null : normalized(inline);
        }
        if (userId == null) {
            throw invalid(idField, "needs a signed-in customer; a guest gives " + inlineField);
        }
        AddressSnapshot saved = customers.findAddress(userId, addressId)
                .orElseThrow(() -> new NotFoundException("address_not_found", "No such address"));
        return new Address(saved.firstName(), saved.lastName(), saved.company(), saved.line1(), saved.line2(),
                saved.city(), saved.postalCode(), saved.country(), saved.phone());
    }

    private static BadRequestException invalid(String field, String message) {
        return new BadRequestException("invalid_data", "Invalid request: " + field + " " + message,
                Map.of("errors", FieldProblem.single(field, message)));
    }

    private static Address normalized(Address a) {
        return new Address(a.firstName().trim(), a.lastName().trim(), a.company(), a.line1().trim(), a.line2(),
                a.city().trim(), a.postalCode().trim(), a.country().toUpperCase(Locale.ROOT), a.phone());
    }
}
