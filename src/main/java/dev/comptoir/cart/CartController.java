package dev.comptoir.cart;

import dev.comptoir.cart.CartRequests.AddItem;
import dev.comptoir.cart.CartRequests.ApplyCoupon;
import dev.comptoir.cart.CartRequests.SetItem;
import dev.comptoir.catalog.CatalogLocale;
import dev.comptoir.catalog.LocaleParameters;
import dev.comptoir.markets.MarketParameters;
import dev.comptoir.shared.error.BadRequestException;
import dev.comptoir.shared.openapi.ApiHeader;
import dev.comptoir.shared.openapi.ApiHeaders;
import dev.comptoir.shared.openapi.ErrorCodes;
import dev.comptoir.shared.openapi.SignIn;
import dev.comptoir.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/cart}. A signed-in customer gets their own cart; anyone else is identified by
 * {@code X-Session-Id}, which the server issues (response header) when the request has none.
 * {@code ?country=DE} prices tax and shipping for that destination. A cart belongs to one market: the
 * request's when it is made; a later request choosing another ({@code market}, {@code X-Market}, or a
 * {@code country} that market lists) moves it there, one choosing none keeps it where it is. Lines are
 * named in the language negotiated among the languages of the market the cart is priced in.
 */
@RestController
@RequestMapping("/api/cart")
@MarketParameters
@SignIn(optional = true)
@ApiHeaders(ApiHeader.SESSION_ID)
@ErrorCodes(status = HttpStatus.BAD_REQUEST, value = {"invalid_session_id", "invalid_country"})
@ErrorCodes(status = HttpStatus.UNPROCESSABLE_CONTENT, value = "shipping_unavailable")
@Tag(name = "Cart")
class CartController {

    static final String SESSION_HEADER = "X-Session-Id";
    private static final String COUNTRY =
            "Destination (ISO 3166-1 alpha-2) that prices tax and shipping (default: the market's first country); "
            + "without market or X-Market, a country another market lists moves the cart to that market";
    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9_-]{16,128}");

    private final CartService carts;
    private final CartMarkets markets;

    CartController(CartService carts, CartMarkets markets) {
        this.carts = carts;
        this.markets = markets;
    }

    @LocaleParameters
    @GetMapping
    @Operation(operationId = "getCart", summary = "The current cart, priced now",
            description = "The caller's cart (a signed-in customer's own, otherwise the X-Session-Id's) with "
            + "current prices (price lists applied: `compareAtPrice` and `priceListId` on a line), coupon, tax "
            + "and shipping for `country`, in the cart's `market` and `currency`, and warnings for lines whose "
            + "price or availability changed. A request choosing another market moves the cart: lines are "
            + "re-priced in its currency (`market_changed` warning per changed line), lines without a price there "
            + "become unavailable (`not_sold_in_market`) and the coupon is checked again. A caller without a cart "
            + "gets an empty one (and a new X-Session-Id). Every cart answer names its lines in the language "
            + "negotiated (`locale`, else Accept-Language) among the languages of the market it is priced in "
            + "(the product's translated name, then ' — ' and the variant's), says it in `locale` and "
            + "Content-Language, and falls back to the market's default language, then to the base name.")
    CartView get(HttpServletRequest request, HttpServletResponse response,
            @Parameter(description = COUNTRY) @RequestParam(required = false) String country,
            CatalogLocale locale) {
        return carts.view(owner(request, response), markets.of(request, locale), country);
    }

    @LocaleParameters
    @PostMapping("/items")
    @Operation(operationId = "addCartItem", summary = "Add a product or variant to the cart",
            description = "Adds `quantity` units (1-999 per line); adding what is already there adds up the "
            + "quantities. A product sold in variants needs `variantId`. More than the stock is 409 "
            + "insufficient_stock with `available`; a line past MAX_LINE_QUANTITY units is 422 "
            + "line_quantity_limit, a cart past MAX_ORDER_QUANTITY 422 order_quantity_limit (`maxQuantity`, "
            + "`requested`).")
    @ErrorCodes(status = HttpStatus.BAD_REQUEST, value = {"invalid_quantity", "variant_required"})
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "product_not_found")
    @ErrorCodes(status = HttpStatus.CONFLICT, value = "insufficient_stock")
    @ErrorCodes(status = HttpStatus.UNPROCESSABLE_CONTENT, value = {"line_quantity_limit", "order_quantity_limit"})
    CartView add(HttpServletRequest request, HttpServletResponse response, @Valid @RequestBody AddItem body,
            @Parameter(description = COUNTRY) @RequestParam(required = false) String country,
            CatalogLocale locale) {
        return carts.add(owner(request, response), body, markets.of(request, locale), country);
    }

    @LocaleParameters
    @PutMapping("/items")
    @Operation(operationId = "setCartItem", summary = "Set a line's quantity",
            description = "Sets the quantity of the line of `productId` (and `variantId`); 0 removes it. 422 "
            + "line_quantity_limit / order_quantity_limit as when adding.")
    @ErrorCodes(status = HttpStatus.BAD_REQUEST, value = "variant_required")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = {"product_not_found", "cart_item_not_found"})
    @ErrorCodes(status = HttpStatus.CONFLICT, value = "insufficient_stock")
    @ErrorCodes(status = HttpStatus.UNPROCESSABLE_CONTENT, value = {"line_quantity_limit", "order_quantity_limit"})
    CartView set(HttpServletRequest request, HttpServletResponse response, @Valid @RequestBody SetItem body,
            @Parameter(description = COUNTRY) @RequestParam(required = false) String country,
            CatalogLocale locale) {
        return carts.set(owner(request, response), body, markets.of(request, locale), country);
    }

    @LocaleParameters
    @DeleteMapping("/items/{itemId}")
    @Operation(operationId = "removeCartItem", summary = "Remove a line from the cart",
            description = "Removes the line with this id (the `id` of one of the cart's `items`).")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "cart_item_not_found")
    CartView remove(HttpServletRequest request, HttpServletResponse response, @PathVariable UUID itemId,
            @Parameter(description = COUNTRY) @RequestParam(required = false) String country,
            CatalogLocale locale) {
        return carts.remove(owner(request, response), itemId, markets.of(request, locale), country);
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "clearCart", summary = "Empty the cart",
            description = "Removes every line (the coupon stays until removed).")
    @ApiResponse(responseCode = "204", description = "Emptied")
    void clear(HttpServletRequest request, HttpServletResponse response) {
        carts.clear(owner(request, response));
    }

    @LocaleParameters
    @PostMapping("/coupon")
    @Operation(operationId = "applyCartCoupon", summary = "Apply a coupon to the cart",
            description = "Checks the coupon against the cart now (dates, minimum subtotal, usage limits) and "
            + "applies it; a refusal says why. The coupon is checked again at checkout.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "coupon_not_found")
    @ErrorCodes(status = HttpStatus.UNPROCESSABLE_CONTENT, value = {"empty_cart", "coupon_not_started",
            "coupon_expired", "coupon_min_subtotal", "coupon_usage_limit", "coupon_customer_limit",
            "coupon_currency_mismatch"})
    CartView applyCoupon(HttpServletRequest request, HttpServletResponse response,
            @Valid @RequestBody ApplyCoupon body, @Parameter(description = COUNTRY) @RequestParam(required = false) String country,
            CatalogLocale locale) {
        return carts.applyCoupon(owner(request, response), body.code(), markets.of(request, locale), country);
    }

    @LocaleParameters
    @DeleteMapping("/coupon")
    @Operation(operationId = "removeCartCoupon", summary = "Remove the coupon from the cart",
            description = "Removes the cart's coupon, if any, and answers the cart priced without it.")
    CartView removeCoupon(HttpServletRequest request, HttpServletResponse response,
            @Parameter(description = COUNTRY) @RequestParam(required = false) String country,
            CatalogLocale locale) {
        return carts.removeCoupon(owner(request, response), markets.of(request, locale), country);
    }

    /** The caller's cart owner; issues a session id to an anonymous caller that has none. */
    static CartOwner owner(HttpServletRequest request, HttpServletResponse response) {
        var user = CurrentUser.id();
        if (user.isPresent()) {
            return CartOwner.customer(user.get());
        }
        String session = request.getHeader(SESSION_HEADER);
        if (session == null || session.isBlank()) {
            session = UUID.randomUUID().toString();
        } else if (!SESSION_ID.matcher(session).matches()) {
            throw new BadRequestException("invalid_session_id",
                    "X-Session-Id must be 16 to 128 characters among letters, digits, '-' and '_'");
        }
        response.setHeader(SESSION_HEADER, session);
        return CartOwner.anonymous(session);
    }
}
