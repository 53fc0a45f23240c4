package dev.comptoir.cart;

import dev.comptoir.shared.InvalidConfigurationException;
import dev.comptoir.shared.error.BusinessRuleException;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much one buyer may hold (inventory hoarding: an unpaid order holds its stock until it expires):
 * {@code max-line-quantity} units of one product or variant (MAX_LINE_QUANTITY) and
 * {@code max-order-quantity} units in all (MAX_ORDER_QUANTITY), in the cart and so in one order.
 */
@ConfigurationProperties("comptoir.cart")
record CartLimits(@DefaultValue("10") int maxLineQuantity, @DefaultValue("50") int maxOrderQuantity) {

    CartLimits {
        if (maxLineQuantity < 1 || maxLineQuantity > CartItem.MAX_QUANTITY) {
            throw new InvalidConfigurationException("MAX_LINE_QUANTITY", "must be between 1 and "
                    + CartItem.MAX_QUANTITY + " (got " + maxLineQuantity + ")");
        }
        if (maxOrderQuantity < maxLineQuantity || maxOrderQuantity > 100_000) {
            throw new InvalidConfigurationException("MAX_ORDER_QUANTITY",
                    "must be between MAX_LINE_QUANTITY and 100000 (got " + maxOrderQuantity + ")");
        }
    }

    /** 422 {@code line_quantity_limit} or {@code order_quantity_limit} when a line or the cart holds too much. */
    void check(String sku, int lineQuantity, int cartQuantity) {
        if (lineQuantity > maxLineQuantity) {
            throw new BusinessRuleException("line_quantity_limit",
                    "At most " + maxLineQuantity + " units of one product per order",
                    Map.of("sku", sku, "maxQuantity", maxLineQuantity, "requested", lineQuantity));
        }
        if (cartQuantity > maxOrderQuantity) {
            throw new BusinessRuleException("order_quantity_limit",
                    "At most " + maxOrderQuantity + " units in one order",
                    Map.of("maxQuantity", maxOrderQuantity, "requested", cartQuantity));
        }
    }
}
