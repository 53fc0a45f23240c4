package dev.comptoir.pricelists.lists;

import dev.comptoir.pricelists.PriceListChanged;
import dev.comptoir.pricelists.groups.CustomerGroupService;
import dev.comptoir.shared.error.BusinessRuleException;
import dev.comptoir.shared.error.NotFoundException;
import dev.comptoir.shared.error.Problems.FieldProblem;
import dev.comptoir.shared.web.PageResponse;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin side of price lists: list, read, create, replace, delete. A write locks the list (its
 * prices are replaced whole) and the groups it names (so that none is deleted meanwhile), and
 * publishes {@link PriceListChanged}.
 */
@Service
class PriceListService {

    private final PriceListRepository lists;
    private final PriceListPrices prices;
    private final CustomerGroupService groups;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PriceListService(PriceListRepository lists, PriceListPrices prices, CustomerGroupService groups,
            ApplicationEventPublisher events, Clock clock) {
        this.lists = lists;
        this.prices = prices;
        this.groups = groups;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    PageResponse<PriceListSummary> list(@Nullable String currency, @Nullable PriceListStatus status,
            Pageable pageable) {
        Specification<PriceList> spec = Specification.unrestricted();
        if (currency != null && !currency.isBlank()) {
            String code = currency.strip().toUpperCase(Locale.ROOT);
            spec = spec.and((root, query, cb) -> cb.equal(root.get("currency"), code));
        }
        if (status != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), status));
        }
        Page<PriceList> page = lists.findAll(spec, pageable);
        Map<UUID, Long> counts = prices.counts(page.getContent().stream().map(PriceList::id).toList());
        return PageResponse.of(page, l -> l.summary(counts.getOrDefault(l.id(), 0L)));
    }

    @Transactional(readOnly = true)
    PriceListView get(UUID id) {
        PriceList list = lists.findById(id).orElseThrow(() -> notFound(id));
        return view(list);
    }

    @Transactional
    PriceListView create(PriceListRequest request) {
        String currency = check(request);
        PriceList list = lists.saveAndFlush(new PriceList(request, currency, clock.instant()));
        prices.replace(list.id(), request.pricesOrNone());
        events.publishEvent(new PriceListChanged(list.id(), currency));
        return view(list);
    }

    /** Replaces everything, prices included; a currency change also tells the old currency's readers. */
    @Transactional
    PriceListView update(UUID id, PriceListRequest request) {
        PriceList list = lists.findForUpdate(id).orElseThrow(() -> notFound(id));
        String currency = check(request);
        String before = list.currency();
        list.apply(request, currency, clock.instant());
        lists.saveAndFlush(list);
        prices.replace(id, request.pricesOrNone());
        events.publishEvent(new PriceListChanged(id, currency));
        if (!before.equals(currency)) {
            events.publishEvent(new PriceListChanged(id, before));
        }
        return view(list);
    }

    @Transactional
    void delete(UUID id) {
        PriceList list = lists.findForUpdate(id).orElseThrow(() -> notFound(id));
        lists.delete(list);
        lists.flush();
        events.publishEvent(new PriceListChanged(id, list.currency()));
    }

    /** The request's checked currency, after every other check that Bean Validation could not make. */
    private String check(PriceListRequest request) {
        String currency = PriceListRules.currency(request.currency());
        PriceListRules.checkPrices(request.pricesOrNone(), currency);
        Set<UUID> missing = groups.lockAndFindMissing(Set.copyOf(request.groupIds()));
        if (!missing.isEmpty()) {
            List<UUID> unknown = missing.stream().sorted().limit(20).toList();
            throw new BusinessRuleException("unknown_customer_group", "No customer group has the id " + unknown.get(0)
                    + (unknown.size() > 1 ? " (and " + (unknown.size() - 1) + " more)" : ""),
                    Map.of("customerGroupIds", unknown, "errors", FieldProblem.single("customerGroupIds",
                            "must name existing customer groups; unknown: " + unknown)));
        }
        return currency;
    }

    private PriceListView view(PriceList list) {
        return list.view(prices.of(list.id(), PriceListRules.decimals(list.currency())));
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("price_list_not_found", "No price list with id " + id);
    }
}
