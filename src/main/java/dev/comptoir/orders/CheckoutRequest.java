package dev.comptoir.orders;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/orders}. A guest gives {@code email}; a signed-in customer's account email is used.
 * No price or total is accepted from the client: everything is computed from the cart.
 */
record CheckoutRequest(
        @Email @Size(max = 320) String email,
        @NotNull @Valid Address shippingAddress,
        @Valid Address billingAddress,
        @Size(max = 1000) String notes,
        @Pattern(regexp = "card", message = "must be card") String paymentMethod) {}
