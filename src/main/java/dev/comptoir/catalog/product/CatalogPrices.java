package dev.comptoir.catalog.product;

import dev.comptoir.pricelists.PriceLists;
import dev.comptoir.shared.security.CurrentUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The price lists of a storefront read (ADR 0010): the lists for everyone, and for a signed-in reader
 * (a bearer token) those of their customer groups, in the market's currency, now. One query for a
 * whole page: every SKU shown (each product's own, each variant's) is asked at once.
 */
@Component
public class CatalogPrices {

    private final PriceLists priceLists;
    private final Clock clock;

    CatalogPrices(PriceLists priceLists, Clock clock) {
        this.priceLists = priceLists;
        this.clock = clock;
    }

    /** {@code display} with the prices the lists give the current reader for {@code products}' SKUs. */
    public PriceDisplay applied(PriceDisplay display, Collection<Product> products) {
        if (display.isStored()) {
            return display;
        }
        String currency = display.currency();
        Map<String, BigDecimal> regular = new LinkedHashMap<>();
        for (Product product : products) {
            product.priceIn(currency).ifPresent(own -> {
                regular.put(product.getSku(), own.amount());
                for (ProductVariant variant : product.getVariants()) {
                    variant.effectivePriceIn(currency).ifPresent(price -> regular.put(variant.getSku(), price));
                }
            });
        }
        if (regular.isEmpty()) {
            return display;
        }
        return display.withApplied(priceLists.apply(regular, currency, CurrentUser.id().orElse(null), clock.instant()));
    }
}
