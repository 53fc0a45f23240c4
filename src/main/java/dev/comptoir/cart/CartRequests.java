package dev.comptoir.cart;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Bodies of the cart routes. Prices are never taken from the client: there is no price field. */
final class CartRequests {

    private CartRequests() {}

    record AddItem(@NotNull UUID productId, UUID variantId,
            @NotNull @Min(value = 1, message = "must be between 1 and 999")
            @Max(value = 999, message = "must be between 1 and 999") Integer quantity) {}

    /** Sets a line's quantity; 0 removes it. */
    record SetItem(@NotNull UUID productId, UUID variantId,
            @NotNull @Min(value = 0, message = "must be between 0 and 999")
            @Max(value = 999, message = "must be between 0 and 999") Integer quantity) {}

    record ApplyCoupon(@NotBlank @Size(max = 64) String code) {}
}
