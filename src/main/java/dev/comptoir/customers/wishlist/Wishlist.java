package dev.comptoir.customers.wishlist;

import dev.comptoir.catalog.CatalogLocale;
import dev.comptoir.catalog.CatalogService;
import dev.comptoir.catalog.ProductSummary;
import dev.comptoir.catalog.MarketPrice;
import dev.comptoir.catalog.TranslatedName;
import dev.comptoir.markets.Market;
import dev.comptoir.shared.error.BusinessRuleException;
import dev.comptoir.shared.error.NotFoundException;
import dev.comptoir.shared.web.PageQuery;
import dev.comptoir.shared.web.PageResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's wishlist, its products named in the reader's language and priced in the request's market
 * as the product detail prices them for the customer. Reading it costs a fixed number of statements
 * whatever its size: the entries, one batch catalog look-up, one of the names' translations and the
 * market prices (the products, their variants batched, one price-list query). Entries whose product was deleted or deactivated are left out (and come
 * back if the product is reactivated), so a list is paged after that filter, in memory: a wishlist
 * holds at most {@value #MAX_ITEMS} entries.
 */
@Service
class Wishlist {

    static final int MAX_ITEMS = 200;

    private final JdbcTemplate jdbc;
    private final CatalogService catalog;
    private final Clock clock;

    Wishlist(JdbcTemplate jdbc, CatalogService catalog, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.clock = clock;
    }

    record Added(WishlistItemView item, boolean created) {}

    private record Entry(UUID productId, Instant addedAt) {}

    /** Idempotent: adding a product already there changes nothing and says so. */
    @Transactional
    Added add(UUID userId, UUID productId, Market market, CatalogLocale locale) {
        ProductSummary product = catalog.findProduct(productId).filter(ProductSummary::active)
                .orElseThrow(() -> new NotFoundException("product_not_found", "No such product"));
        lockCustomer(userId);
        TranslatedName name = catalog.translatedNames(List.of(productId), locale).get(productId);
        MarketPrice price = catalog.marketPrices(List.of(productId), market).get(productId);
        List<Entry> existing = entries(userId, "AND product_id = ?", productId);
        if (!existing.isEmpty()) {
            return new Added(WishlistItemView.of(product, name, price, market, existing.get(0).addedAt()), false);
        }
        Integer count = jdbc.queryForObject("SELECT count(*) FROM wishlist_items WHERE user_id = ?", Integer.class,
                userId);
        if (count != null && count >= MAX_ITEMS) {
            throw new BusinessRuleException("wishlist_full", "A wishlist holds at most " + MAX_ITEMS + " products",
                    Map.of("limit", MAX_ITEMS));
        }
        Instant now = clock.instant();
        jdbc.update("INSERT INTO wishlist_items (user_id, product_id, added_at) VALUES (?, ?, ?)", userId, productId,
                Timestamp.from(now));
        return new Added(WishlistItemView.of(product, name, price, market, now), true);
    }

    /** Idempotent: removing a product that is not there is not an error. */
    @Transactional
    void remove(UUID userId, UUID productId) {
        jdbc.update("DELETE FROM wishlist_items WHERE user_id = ? AND product_id = ?", userId, productId);
    }

    @Transactional(readOnly = true)
    PageResponse<WishlistItemView> list(UUID userId, PageQuery page, Market market, CatalogLocale locale) {
        List<Entry> entries = entries(userId, "");
        List<UUID> ids = entries.stream().map(Entry::productId).toList();
        Map<UUID, ProductSummary> products = catalog.findProducts(ids)
                .stream().filter(ProductSummary::active)
                .collect(Collectors.toMap(ProductSummary::id, Function.identity()));
        Map<UUID, TranslatedName> names = catalog.translatedNames(products.keySet(), locale);
        Map<UUID, MarketPrice> prices = catalog.marketPrices(products.keySet(), market);
        List<WishlistItemView> visible = entries.stream().filter(e -> products.containsKey(e.productId()))
                .map(e -> WishlistItemView.of(products.get(e.productId()), names.get(e.productId()),
                        prices.get(e.productId()), market, e.addedAt()))
                .toList();
        int limit = page.limitOrDefault();
        int from = Math.min((page.pageOrDefault() - 1) * limit, visible.size());
        int to = Math.min(from + limit, visible.size());
        return PageResponse.of(visible.subList(from, to), page.pageOrDefault(), limit, visible.size());
    }

    private List<Entry> entries(UUID userId, String and, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = userId;
        System.arraycopy(more, 0, args, 1, more.length);
        return jdbc.query("SELECT product_id, added_at FROM wishlist_items WHERE user_id = ? " + and
                + " ORDER BY added_at DESC, product_id", (rs, i) -> new Entry(rs.getObject(1, UUID.class),
                        rs.getTimestamp(2).toInstant()), args);
    }

    // serialises one customer's additions, so that the size limit holds under concurrent requests
    private void lockCustomer(UUID userId) {
        if (jdbc.query("SELECT 1 FROM users WHERE id = ? AND deleted_at IS NULL FOR UPDATE", (rs, i) -> 1, userId)
                .isEmpty()) {
            throw new NotFoundException("customer_not_found", "This account no longer exists");
        }
    }
}
