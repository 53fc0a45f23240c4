package dev.comptoir.orders.checkout;

import dev.comptoir.orders.order.Address;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * {@code POST /api/orders}. A guest gives {@code email}; a signed-in customer's account email is used.
 * The shipping address is given inline ({@code shippingAddress}) or, by a customer, as one of their
 * saved addresses ({@code addressId}): exactly one of the two. The billing address likewise
 * ({@code billingAddress} or {@code billingAddressId}, at most one); without either it is the
 * shipping address. No price or total is accepted from the client: everything is computed from the cart.
 */
record CheckoutRequest(
        @Email @Size(max = 320) String email,
        @Valid Address shippingAddress,
        UUID addressId,
        @Valid Address billingAddress,
        UUID billingAddressId,
        @Size(max = 1000) String notes,
        @Pattern(regexp = "card", message = "must be card") String paymentMethod) {}
