package dev.comptoir.pricelists;

import dev.comptoir.pricelists.groups.CustomerGroupService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of price lists: the price a customer pays for SKUs (ADR 0010), and the
 * groups a customer belongs to. Catalog, cart and checkout call {@link #apply} with the regular net
 * prices they read in the market's currency.
 */
@Service
public class PriceLists {

    private final ApplicableOffers offers;
    private final CustomerGroupService groups;
    private final ListPeriods periods;

    PriceLists(ApplicableOffers offers, CustomerGroupService groups, ListPeriods periods) {
        this.offers = offers;
        this.groups = groups;
        this.periods = periods;
    }

    /**
     * The applied price of each SKU of {@code regularNet} (its regular net unit price in {@code
     * currency}), for {@code customerId} (null: an anonymous shopper, who gets only the lists for
     * everyone) at {@code now}; every SKU asked is in the answer, in the order asked. One query.
     */
    @Transactional(readOnly = true)
    public Map<String, AppliedPrice> apply(Map<String, BigDecimal> regularNet, String currency,
            @Nullable UUID customerId, Instant now) {
        Map<String, AppliedPrice> applied = new LinkedHashMap<>();
        if (regularNet.isEmpty()) {
            return applied;
        }
        String code = currency.strip().toUpperCase(Locale.ROOT);
        Map<String, List<BestPrice.Offer>> found = offers.find(regularNet.keySet(), code, customerId, now);
        int decimals = found.isEmpty() ? 0 : Currency.getInstance(code).getDefaultFractionDigits();
        regularNet.forEach((sku, regular) -> {
            List<BestPrice.Offer> forSku = found.get(sku);
            applied.put(sku, forSku == null ? AppliedPrice.regular(regular)
                    : BestPrice.choose(regular, forSku.stream().map(o -> atScale(o, decimals)).toList()));
        });
        return applied;
    }

    /**
     * The nearest instant after {@code now} at which an active list's period starts or ends, when
     * {@link #apply} may answer otherwise with no write at all (a cache of applied prices lives no
     * longer); empty when no active list has a period boundary ahead.
     */
    public Optional<Instant> nextPeriodBoundary(Instant now) {
        return periods.nextBoundaryAfter(now);
    }

    /** The ids of the customer groups {@code customerId} belongs to. */
    public Set<UUID> groupsOf(UUID customerId) {
        return groups.groupsOf(customerId);
    }

    /** Amounts are stored with 2 decimals; a JPY list's are whole (checked when written). */
    private static BestPrice.Offer atScale(BestPrice.Offer offer, int decimals) {
        return new BestPrice.Offer(offer.priceListId(), offer.type(),
                offer.amount().setScale(decimals, RoundingMode.HALF_UP), offer.listCreatedAt());
    }
}
