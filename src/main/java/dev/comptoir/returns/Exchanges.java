package dev.comptoir.returns;

import dev.comptoir.catalog.CatalogService;
import dev.comptoir.catalog.SkuView;
import dev.comptoir.orders.ReturnableOrder;
import dev.comptoir.shared.error.BusinessRuleException;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Exchanges: the replacement asked for a returned item must be another active variant of the same product. */
@Component
class Exchanges {

    private final CatalogService catalog;

    Exchanges(CatalogService catalog) {
        this.catalog = catalog;
    }

    record Replacement(UUID variantId, String sku) {}

    Replacement replacementFor(ReturnableOrder.Item item, UUID variantId) {
        SkuView sku = catalog.findVariantSku(variantId)
                .filter(s -> s.active() && s.productId().equals(item.productId()) && !variantId.equals(item.variantId()))
                .orElseThrow(() -> new BusinessRuleException("invalid_replacement",
                        "A replacement must be another variant of the same product, on sale",
                        Map.of("orderItemId", item.id().toString(), "replacementVariantId", variantId.toString())));
        return new Replacement(variantId, sku.sku());
    }
}
