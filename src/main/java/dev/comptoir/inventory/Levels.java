package dev.comptoir.inventory;

import dev.comptoir.catalog.SkuAvailable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The level rows of some SKUs as locked by one transaction (every location of each SKU, in SKU then
 * location order): what a plan is made on, and what the storefront projection is computed from.
 */
final class Levels {

    private final Map<String, List<Level>> bySku = new LinkedHashMap<>();

    Levels(Collection<Level> rows) {
        rows.forEach(l -> bySku.computeIfAbsent(l.sku(), s -> new ArrayList<>()).add(l));
    }

    List<Level> of(String sku) {
        return bySku.getOrDefault(sku, List.of());
    }

    Optional<Level> at(String sku, String location) {
        return of(sku).stream().filter(l -> l.location().equals(location)).findFirst();
    }

    /** Sellable units of a SKU: the available sum over active locations. */
    int sellable(String sku) {
        return of(sku).stream().filter(Level::active).mapToInt(l -> Math.max(0, l.available())).sum();
    }

    /** These levels once {@code changes} are applied. */
    Levels after(List<LevelChange> changes) {
        Map<String, Level> rows = new LinkedHashMap<>();
        bySku.values().forEach(list -> list.forEach(l -> rows.put(l.sku() + "\u0000" + l.location(), l)));
        for (LevelChange c : changes) {
            rows.computeIfPresent(c.key(), (k, l) -> l.plus(c));
        }
        return new Levels(rows.values());
    }

    /** What the storefront shows of {@code skus} (those with at least one level row). */
    List<SkuAvailable> projection(Collection<String> skus) {
        List<SkuAvailable> shown = new ArrayList<>();
        for (String sku : skus) {
            List<Level> rows = of(sku);
            if (!rows.isEmpty()) {
                shown.add(new SkuAvailable(sku, rows.get(0).productId(), rows.get(0).variantId(), sellable(sku)));
            }
        }
        return shown;
    }
}
