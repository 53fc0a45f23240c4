package dev.comptoir.pricelists.lists;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A list's net amount for one SKU, in the list's currency. Any well-formed SKU is accepted: one the
 * catalog does not have (yet) is kept and prices nothing until a product or variant takes it.
 */
record PriceListPrice(
        @NotBlank @Size(max = 64) @Pattern(regexp = PriceListPrice.SKU,
                message = "must be letters, digits, '.', '_' or '-'") String sku,
        @NotNull BigDecimal amount) {

    /** The catalog's SKU syntax. */
    static final String SKU = "^[A-Za-z0-9][A-Za-z0-9._-]*$";
}
