package dev.comptoir.pricelists;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The best-price rule (ADR 0010) for one SKU, over the offers of the lists that apply (active, in
 * their period, in the currency, for everyone or a group of the customer: the query's part). The base
 * is the lowest override, else the regular price; the lowest sale wins only when it is lower than the
 * base, which then becomes its {@code compareAtPrice}. Equal amounts: the list created first wins.
 */
final class BestPrice {

    /** One list's amount for the SKU. */
    record Offer(UUID priceListId, String type, BigDecimal amount, Instant listCreatedAt) {}

    private static final Comparator<Offer> CHEAPEST_THEN_OLDEST = Comparator.comparing(Offer::amount)
            .thenComparing(Offer::listCreatedAt)
            .thenComparing(o -> o.priceListId().toString());

    private BestPrice() {}

    static AppliedPrice choose(BigDecimal regular, List<Offer> offers) {
        Optional<Offer> override = cheapest(offers, AppliedPrice.OVERRIDE);
        AppliedPrice base = override.map(o -> new AppliedPrice(o.amount(), null, o.priceListId(), AppliedPrice.OVERRIDE))
                .orElseGet(() -> AppliedPrice.regular(regular));
        return cheapest(offers, AppliedPrice.SALE)
                .filter(sale -> sale.amount().compareTo(base.amount()) < 0)
                .map(sale -> new AppliedPrice(sale.amount(), base.amount(), sale.priceListId(), AppliedPrice.SALE))
                .orElse(base);
    }

    private static Optional<Offer> cheapest(List<Offer> offers, String type) {
        return offers.stream().filter(o -> o.type().equals(type)).min(CHEAPEST_THEN_OLDEST);
    }
}
