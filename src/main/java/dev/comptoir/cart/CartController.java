package dev.comptoir.cart;

import dev.comptoir.cart.CartRequests.AddItem;
import dev.comptoir.cart.CartRequests.ApplyCoupon;
import dev.comptoir.cart.CartRequests.SetItem;
import dev.comptoir.shared.error.BadRequestException;
import dev.comptoir.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
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
 * {@code ?country=DE} prices tax and shipping for that destination (default from configuration).
 */
@RestController
@RequestMapping("/api/cart")
@Tag(name = "Cart")
class CartController {

    static final String SESSION_HEADER = "X-Session-Id";
    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9_-]{16,128}");

    private final CartService carts;

    CartController(CartService carts) {
        this.carts = carts;
    }

    @GetMapping
    @Operation(summary = "The current cart, priced now")
    CartView get(HttpServletRequest request, HttpServletResponse response,
            @RequestParam(required = false) String country) {
        return carts.view(owner(request, response), country);
    }

    @PostMapping("/items")
    @Operation(summary = "Add a product or variant (quantities add up)",
            description = "422 line_quantity_limit when the line would pass MAX_LINE_QUANTITY units, "
                    + "order_quantity_limit when the cart would pass MAX_ORDER_QUANTITY (`maxQuantity`, `requested`); "
                    + "409 insufficient_stock.")
    CartView add(HttpServletRequest request, HttpServletResponse response, @Valid @RequestBody AddItem body,
            @RequestParam(required = false) String country) {
        return carts.add(owner(request, response), body, country);
    }

    @PutMapping("/items")
    @Operation(summary = "Set a line's quantity (0 removes it)",
            description = "422 line_quantity_limit / order_quantity_limit as when adding; 409 insufficient_stock.")
    CartView set(HttpServletRequest request, HttpServletResponse response, @Valid @RequestBody SetItem body,
            @RequestParam(required = false) String country) {
        return carts.set(owner(request, response), body, country);
    }

    @DeleteMapping("/items/{itemId}")
    @Operation(summary = "Remove a line")
    CartView remove(HttpServletRequest request, HttpServletResponse response, @PathVariable UUID itemId,
            @RequestParam(required = false) String country) {
        return carts.remove(owner(request, response), itemId, country);
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Empty the cart")
    void clear(HttpServletRequest request, HttpServletResponse response) {
        carts.clear(owner(request, response));
    }

    @PostMapping("/coupon")
    @Operation(summary = "Apply a coupon; a refusal says why (coupon_expired, coupon_min_subtotal, ...)")
    CartView applyCoupon(HttpServletRequest request, HttpServletResponse response,
            @Valid @RequestBody ApplyCoupon body, @RequestParam(required = false) String country) {
        return carts.applyCoupon(owner(request, response), body.code(), country);
    }

    @DeleteMapping("/coupon")
    @Operation(summary = "Remove the coupon")
    CartView removeCoupon(HttpServletRequest request, HttpServletResponse response,
            @RequestParam(required = false) String country) {
        return carts.removeCoupon(owner(request, response), country);
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
