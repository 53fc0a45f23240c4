package dev.comptoir.catalog;

import dev.comptoir.catalog.product.CatalogMarkets;
import dev.comptoir.catalog.product.CatalogPrices;
import dev.comptoir.catalog.product.PriceDisplay;
import dev.comptoir.catalog.product.Product;
import dev.comptoir.catalog.product.ProductRepository;
import dev.comptoir.catalog.product.StockKeeper;
import dev.comptoir.catalog.product.StockStatus;
import dev.comptoir.markets.Market;
import dev.comptoir.shared.metadata.Metadata;
import dev.comptoir.shared.metadata.MetadataColumns;
import dev.comptoir.shared.money.Money;
import dev.comptoir.shared.web.PageResponse;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may do with the catalog: look up sellable SKUs with their current price and the
 * stock the storefront shows, which inventory writes through {@link #showAvailable} (ADR 0012).
 */
@Service
public class CatalogService {

    private static final String SKU_SELECT = """
            SELECT v.sku, p.id AS product_id, v.id AS variant_id, p.name || ' — ' || v.name AS name,
                   COALESCE(v.price, p.price) AS unit_price, p.currency, v.stock,
                   (p.is_active AND p.deleted_at IS NULL) AS active
              FROM product_variants v JOIN products p ON p.id = v.product_id
             WHERE %1$s
            UNION ALL
            SELECT p.sku, p.id, NULL, p.name, p.price, p.currency, p.stock, (p.is_active AND p.deleted_at IS NULL)
              FROM products p
             WHERE %2$s AND NOT EXISTS (SELECT 1 FROM product_variants v WHERE v.product_id = p.id)
            """;

    // the same in one currency: the product's price there (its own, or that entry of prices), a variant's
    // own price there first; NULL when the product has no price in it (a variant's own alone does not sell)
    private static final String SKU_IN_CURRENCY_SELECT = """
            WITH c AS (SELECT CAST(? AS text) AS code)
            SELECT v.sku, p.id AS product_id, v.id AS variant_id, p.name || ' — ' || v.name AS name,
                   CASE WHEN p.currency = c.code THEN COALESCE(v.price, p.price)
                        WHEN p.prices -> c.code IS NOT NULL
                        THEN COALESCE((v.prices -> c.code ->> 'amount')::numeric, (p.prices -> c.code ->> 'amount')::numeric)
                   END AS unit_price, c.code AS currency, v.stock, (p.is_active AND p.deleted_at IS NULL) AS active
              FROM c, product_variants v JOIN products p ON p.id = v.product_id
             WHERE v.id = ANY (?)
            UNION ALL
            SELECT p.sku, p.id, NULL, p.name,
                   CASE WHEN p.currency = c.code THEN p.price ELSE (p.prices -> c.code ->> 'amount')::numeric END,
                   c.code, p.stock, (p.is_active AND p.deleted_at IS NULL)
              FROM c, products p
             WHERE p.id = ANY (?) AND NOT EXISTS (SELECT 1 FROM product_variants v WHERE v.product_id = p.id)
            """;

    // a product with variants sells through them: its stock is theirs
    private static final String PRODUCT_SELECT = """
            SELECT p.id, p.name, p.slug, p.sku, p.price, p.currency,
                   (SELECT i.url FROM product_images i WHERE i.product_id = p.id ORDER BY i.position, i.id LIMIT 1),
                   EXISTS (SELECT 1 FROM product_variants v WHERE v.product_id = p.id),
                   (p.is_active AND p.deleted_at IS NULL),
                   COALESCE((SELECT sum(v.stock) FROM product_variants v WHERE v.product_id = p.id), p.stock)
              FROM products p WHERE %s""";

    private final JdbcTemplate jdbc;
    private final StockKeeper stock;
    private final ApplicationEventPublisher events;
    private final ProductRepository products;
    private final CatalogMarkets markets;
    private final CatalogPrices prices;
    private final MetadataColumns metadata;

    CatalogService(JdbcTemplate jdbc, StockKeeper stock, ApplicationEventPublisher events, ProductRepository products,
            CatalogMarkets markets, CatalogPrices prices, MetadataColumns metadata) {
        this.jdbc = jdbc;
        this.stock = stock;
        this.events = events;
        this.products = products;
        this.markets = markets;
        this.prices = prices;
        this.metadata = metadata;
    }

    /**
     * A sellable SKU: a variant's, or the product's own when it has no variants (a product with
     * variants is sold through them). Inactive and deleted products are returned with {@code active}
     * false so that callers can say why they cannot sell them.
     */
    @Transactional(readOnly = true)
    public Optional<SkuView> findSku(String sku) {
        return one(SKU_SELECT.formatted("v.sku = ?", "p.sku = ?"), sku, sku);
    }

    /** The product's own SKU, when it has no variants. */
    @Transactional(readOnly = true)
    public Optional<SkuView> findProductSku(UUID productId) {
        return one(SKU_SELECT.formatted("FALSE AND v.product_id = ?", "p.id = ?"), productId, productId);
    }

    @Transactional(readOnly = true)
    public Optional<SkuView> findVariantSku(UUID variantId) {
        return one(SKU_SELECT.formatted("v.id = ?", "FALSE AND p.id = ?"), variantId, variantId);
    }

    /** A cart line's SKU: the variant when {@code variantId} is given (and belongs to the product). */
    @Transactional(readOnly = true)
    public Optional<SkuView> findSku(UUID productId, UUID variantId) {
        return variantId == null ? findProductSku(productId)
                : findVariantSku(variantId).filter(s -> s.productId().equals(productId));
    }

    /** {@link #findSku(UUID, UUID)} for many lines in one statement (a cart's, instead of a query per line). */
    @Transactional(readOnly = true)
    public Map<SkuRef, SkuView> findLineSkus(List<SkuRef> lines) {
        Map<SkuRef, SkuView> found = new HashMap<>();
        if (lines.isEmpty()) {
            return found;
        }
        Object[] variants = lines.stream().map(SkuRef::variantId).filter(Objects::nonNull).toArray();
        Object[] products = lines.stream().filter(l -> l.variantId() == null).map(SkuRef::productId).toArray();
        jdbc.query(con -> {
            var statement = con.prepareStatement(SKU_SELECT.formatted("v.id = ANY (?)", "p.id = ANY (?)"));
            statement.setArray(1, con.createArrayOf("uuid", variants));
            statement.setArray(2, con.createArrayOf("uuid", products));
            return statement;
        }, (RowCallbackHandler) rs -> {
            // keyed by the SKU's own product: a line naming a variant of another product finds nothing
            SkuView sku = skuView(rs, 0);
            found.put(new SkuRef(sku.productId(), sku.variantId()), sku);
        });
        return found;
    }

    /**
     * {@link #findLineSkus(List)} priced in {@code currency} (a cart's, an order's): each SKU's
     * {@code unitPrice} is its net price in that currency (the variant's own there, else the
     * product's), or null when the product has no price in it ({@link SkuView#isSoldInCurrency()} false:
     * it is not sold in markets of that currency). No conversion ever happens.
     */
    @Transactional(readOnly = true)
    public Map<SkuRef, SkuView> findLineSkus(Collection<SkuRef> lines, String currency) {
        Map<SkuRef, SkuView> found = new HashMap<>();
        if (lines.isEmpty()) {
            return found;
        }
        String code = Money.supportedCurrency(currency);
        int decimals = Money.decimals(code);
        Object[] variants = lines.stream().map(SkuRef::variantId).filter(Objects::nonNull).toArray();
        Object[] products = lines.stream().filter(l -> l.variantId() == null).map(SkuRef::productId).toArray();
        jdbc.query(con -> {
            var statement = con.prepareStatement(SKU_IN_CURRENCY_SELECT);
            statement.setString(1, code);
            statement.setArray(2, con.createArrayOf("uuid", variants));
            statement.setArray(3, con.createArrayOf("uuid", products));
            return statement;
        }, (RowCallbackHandler) rs -> {
            SkuView sku = skuView(rs, 0);
            BigDecimal unit = sku.unitPrice() == null ? null : sku.unitPrice().setScale(decimals, RoundingMode.HALF_UP);
            found.put(new SkuRef(sku.productId(), sku.variantId()), new SkuView(sku.sku(), sku.productId(),
                    sku.variantId(), sku.name(), unit, sku.currency(), sku.stock(), sku.active()));
        });
        return found;
    }

    /** A product's metadata, public and private (webhook payloads, ADR 0013); deleted products included. */
    @Transactional(readOnly = true)
    public Optional<Metadata> metadata(UUID productId) {
        return metadata.read("products", "id = ?", productId);
    }

    @Transactional(readOnly = true)
    public Optional<ProductSummary> findProduct(UUID productId) {
        return jdbc.query(PRODUCT_SELECT.formatted("p.id = ?"), CatalogService::productSummary, productId).stream()
                .findFirst();
    }

    /**
     * Many products in one statement (wishlists, review lists): no N+1. Unknown ids are absent from
     * the answer; inactive and deleted products come back with {@code active} false.
     */
    @Transactional(readOnly = true)
    public List<ProductSummary> findProducts(Collection<UUID> productIds) {
        if (productIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(con -> {
            var statement = con.prepareStatement(PRODUCT_SELECT.formatted("p.id = ANY (?)"));
            statement.setArray(1, con.createArrayOf("uuid", productIds.toArray()));
            return statement;
        }, CatalogService::productSummary);
    }

    /**
     * The prices of {@code productIds} as the product detail shows them in {@code market} to the current
     * reader (price lists for everyone, and for a signed-in customer their groups'), by product; a product
     * without a price in the market's currency (not sold there) is absent. One price-list query for all.
     */
    @Transactional(readOnly = true)
    public Map<UUID, MarketPrice> marketPrices(Collection<UUID> productIds, Market market) {
        Map<UUID, MarketPrice> found = new HashMap<>();
        if (productIds.isEmpty()) {
            return found;
        }
        PriceDisplay display = markets.of(market);
        List<Product> sold = products.findAllById(productIds).stream().filter(display::sells).toList();
        PriceDisplay applied = prices.applied(display, sold);
        for (Product product : sold) {
            PriceDisplay.Shown shown = applied.productPrice(product);
            found.put(product.getId(), new MarketPrice(applied.currency(), shown.price().price(),
                    shown.onSale() ? shown.compareAtPrice() : null));
        }
        return found;
    }

    /**
     * Sellable SKUs of live (not deleted) products with their stock, ordered by SKU: variants, and
     * products without variants. For the inventory admin and the low-stock report.
     */
    @Transactional(readOnly = true)
    public PageResponse<SkuView> stockLevels(StockQuery query) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder("TRUE");
        if (query.q() != null && !query.q().isBlank()) {
            String like = "%" + query.q().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.append(" AND (s.sku ILIKE ? OR s.name ILIKE ?)");
            args.add(like);
            args.add(like);
        }
        if (query.sku() != null && !query.sku().isBlank()) {
            where.append(" AND s.sku = ?");
            args.add(query.sku().trim());
        }
        if (query.maxStock() != null) {
            where.append(" AND s.stock <= ?");
            args.add(query.maxStock());
        }
        String skus = "(" + SKU_SELECT.formatted("p.deleted_at IS NULL", "p.deleted_at IS NULL") + ") s";
        long total = jdbc.queryForObject("SELECT count(*) FROM " + skus + " WHERE " + where, Long.class,
                args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(query.limit());
        pageArgs.add((long) (query.page() - 1) * query.limit());
        List<SkuView> rows = jdbc.query("SELECT * FROM " + skus + " WHERE " + where + " ORDER BY s.sku LIMIT ? OFFSET ?",
                CatalogService::skuView, pageArgs.toArray());
        return PageResponse.of(rows, query.page(), query.limit(), total);
    }

    /** Every sellable SKU of a live product, ordered by SKU, streamed (the stock CSV export). */
    @Transactional(readOnly = true)
    public void forEachSku(Consumer<SkuView> action) {
        jdbc.query("SELECT * FROM (" + SKU_SELECT.formatted("p.deleted_at IS NULL", "p.deleted_at IS NULL")
                + ") s ORDER BY s.sku", (RowCallbackHandler) rs -> action.accept(skuView(rs, 0)));
    }

    /** The sellable SKUs among {@code skus}, by SKU (absent ones are unknown). */
    @Transactional(readOnly = true)
    public Map<String, SkuView> findSkus(Collection<String> skus) {
        Map<String, SkuView> found = new HashMap<>();
        if (skus.isEmpty()) {
            return found;
        }
        String[] array = skus.toArray(String[]::new);
        jdbc.query(SKU_SELECT.formatted("v.sku = ANY (?)", "p.sku = ANY (?)"),
                (RowCallbackHandler) rs -> found.put(rs.getString(1), skuView(rs, 0)), array, array);
        return found;
    }

    /** The categories of {@code productIds} now (analytics keeps them with each sold line). */
    @Transactional(readOnly = true)
    public Map<UUID, ProductCategory> productCategories(Collection<UUID> productIds) {
        Map<UUID, ProductCategory> found = new HashMap<>();
        if (productIds.isEmpty()) {
            return found;
        }
        jdbc.query("SELECT p.id, c.id, c.name FROM products p LEFT JOIN categories c ON c.id = p.category_id "
                        + "WHERE p.id = ANY (?)",
                (RowCallbackHandler) rs -> found.put(rs.getObject(1, UUID.class), new ProductCategory(
                        rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3))),
                (Object) productIds.toArray(UUID[]::new));
        return found;
    }

    /**
     * Shows what inventory holds available over its active locations as the storefront's stock of each
     * SKU (ADR 0012): called by inventory in the transaction of the level change, in one statement for
     * all SKUs; each SKU whose figure changes publishes {@link StockChanged} (and
     * {@link StockStatusChanged} when its status changes) for the caches and the search index.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void showAvailable(Collection<SkuAvailable> skus, String reason, UUID orderId, String actor) {
        stock.show(skus, reason, orderId, actor);
    }

    /** Stores the rating the reviews module computed from approved reviews. */
    @Transactional
    public void updateRating(UUID productId, BigDecimal average, int count) {
        BigDecimal rounded = average == null ? BigDecimal.ZERO : average.setScale(2, RoundingMode.HALF_UP);
        if (rounded.signum() < 0 || rounded.compareTo(BigDecimal.valueOf(5)) > 0 || count < 0) {
            throw new IllegalArgumentException("A rating average lies between 0 and 5 and a count is positive");
        }
        if (jdbc.update("UPDATE products SET rating_average = ?, rating_count = ? WHERE id = ?", rounded, count,
                productId) == 1) {
            events.publishEvent(new ProductChanged(productId));
        }
    }

    /**
     * The names and slugs of {@code productIds} in {@code locale}'s languages, for the products translated
     * in them (each text null where neither language has it): lists of products read elsewhere
     * (wishlists) lay them over the products' own.
     */
    @Transactional(readOnly = true)
    public Map<UUID, TranslatedName> translatedNames(Collection<UUID> productIds, CatalogLocale locale) {
        Map<UUID, TranslatedName> found = new HashMap<>();
        if (productIds.isEmpty()) {
            return found;
        }
        jdbc.query(con -> {
            var statement = con.prepareStatement("""
                    SELECT p.id, COALESCE(t.name, f.name), COALESCE(t.slug, f.slug)
                      FROM products p
                      LEFT JOIN product_translations t ON t.product_id = p.id AND t.locale = ?
                      LEFT JOIN product_translations f ON f.product_id = p.id AND f.locale = ?
                     WHERE p.id = ANY (?) AND (t.id IS NOT NULL OR f.id IS NOT NULL)""");
            statement.setString(1, locale.locale());
            statement.setString(2, locale.fallback());
            statement.setArray(3, con.createArrayOf("uuid", productIds.toArray()));
            return statement;
        }, (RowCallbackHandler) rs -> found.put(rs.getObject(1, UUID.class),
                new TranslatedName(rs.getString(2), rs.getString(3))));
        return found;
    }

    /**
     * The names of {@code skus} as a reader of {@code locale} sees them, for those whose product is
     * translated in its languages: the translated product name, then " — " and the variant's. A SKU
     * without such a translation is absent (the caller keeps the name it has).
     */
    @Transactional(readOnly = true)
    public Map<String, String> translatedSkuNames(Collection<String> skus, CatalogLocale locale) {
        Map<String, String> found = new HashMap<>();
        if (skus.isEmpty()) {
            return found;
        }
        String[] array = skus.toArray(String[]::new);
        String language = locale.locale();
        String fallback = locale.fallback();
        jdbc.query(TRANSLATED_SKU_NAMES, (RowCallbackHandler) rs -> found.put(rs.getString(1), rs.getString(2)),
                language, fallback, array, language, fallback, array);
        return found;
    }

    private static final String TRANSLATED_SKU_NAMES = """
            SELECT v.sku, COALESCE(t.name, f.name) || ' — ' || v.name
              FROM product_variants v
              LEFT JOIN product_translations t ON t.product_id = v.product_id AND t.locale = ?
              LEFT JOIN product_translations f ON f.product_id = v.product_id AND f.locale = ?
             WHERE v.sku = ANY (?) AND COALESCE(t.name, f.name) IS NOT NULL
            UNION ALL
            SELECT p.sku, COALESCE(t.name, f.name)
              FROM products p
              LEFT JOIN product_translations t ON t.product_id = p.id AND t.locale = ?
              LEFT JOIN product_translations f ON f.product_id = p.id AND f.locale = ?
             WHERE p.sku = ANY (?) AND COALESCE(t.name, f.name) IS NOT NULL
            """;

    private Optional<SkuView> one(String sql, Object... args) {
        return jdbc.query(sql, CatalogService::skuView, args).stream().findFirst();
    }

    private static ProductSummary productSummary(ResultSet rs, int row) throws SQLException {
        int stock = rs.getInt(10);
        return new ProductSummary(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getBigDecimal(5), rs.getString(6), rs.getString(7), rs.getBoolean(8), rs.getBoolean(9), stock,
                StockStatus.of(stock));
    }

    private static SkuView skuView(ResultSet rs, int row) throws SQLException {
        return new SkuView(rs.getString(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getString(4),
                rs.getBigDecimal(5), rs.getString(6), rs.getInt(7), rs.getBoolean(8));
    }
}
