package dev.comptoir.cart;

import dev.comptoir.catalog.CatalogService;
import dev.comptoir.catalog.SkuRef;
import dev.comptoir.catalog.SkuView;
import dev.comptoir.markets.Market;
import dev.comptoir.pricelists.AppliedPrice;
import dev.comptoir.pricelists.PriceLists;
import dev.comptoir.pricing.DisplayPrice;
import dev.comptoir.pricing.PricingService;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The unit prices of a cart's lines in a market: the SKU's regular net price in the market's currency,
 * the best applicable price list's for the customer (ADR 0010; anonymous: lists for everyone), shown as
 * the market displays it (ADR 0009 step 1: incl. the first country's VAT in a tax-inclusive market).
 */
@Component
class LinePrices {

    /** A SKU as read in the market's currency, and, when it is sold there, its price as shown. */
    record Priced(SkuView sku, @Nullable DisplayPrice unit, @Nullable BigDecimal compareAtPrice,
            @Nullable UUID priceListId) {

        boolean sold() {
            return unit != null;
        }
    }

    private final CatalogService catalog;
    private final PriceLists priceLists;
    private final PricingService pricing;

    LinePrices(CatalogService catalog, PriceLists priceLists, PricingService pricing) {
        this.catalog = catalog;
        this.priceLists = priceLists;
        this.pricing = pricing;
    }

    /** {@code known}: SKUs just read in the market's currency in this transaction, not read again. */
    Map<SkuRef, Priced> price(Collection<SkuRef> refs, Market market, @Nullable UUID customerId, Instant now,
            Map<SkuRef, SkuView> known) {
        Map<SkuRef, SkuView> skus = new HashMap<>(known);
        List<SkuRef> missing = refs.stream().filter(ref -> !known.containsKey(ref)).distinct().toList();
        if (!missing.isEmpty()) {
            skus.putAll(catalog.findLineSkus(missing, market.currency()));
        }
        Map<String, BigDecimal> regular = new LinkedHashMap<>();
        skus.values().stream().filter(SkuView::isSoldInCurrency).forEach(s -> regular.put(s.sku(), s.unitPrice()));
        Map<String, AppliedPrice> applied = priceLists.apply(regular, market.currency(), customerId, now);
        Map<SkuRef, Priced> priced = new HashMap<>();
        skus.forEach((ref, sku) -> {
            AppliedPrice price = applied.get(sku.sku());
            if (!sku.isSoldInCurrency() || price == null) {
                priced.put(ref, new Priced(sku, null, null, null));
                return;
            }
            DisplayPrice unit = pricing.displayPrices(price.amount(), market.pricing());
            BigDecimal compareAt = price.compareAtPrice() == null ? null
                    : pricing.displayPrices(price.compareAtPrice(), market.pricing()).price();
            priced.put(ref, new Priced(sku, unit, compareAt, price.priceListId()));
        });
        return priced;
    }
}
