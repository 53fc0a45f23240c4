package dev.comptoir.catalog.demo;

import dev.comptoir.catalog.ProductChanged;
import dev.comptoir.catalog.StockChanged;
import dev.comptoir.catalog.StockCountRequested;
import dev.comptoir.catalog.support.Slugs;
import dev.comptoir.shared.ComptoirProperties;
import dev.comptoir.shared.db.DatabaseProperties;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads {@link DemoCatalog} on first start when demo data is on (DEMO_DATA, by default only on the
 * embedded database) and the products table is empty. Rows go in with JDBC batches in one
 * transaction. Initial stock is asked of inventory as one {@link StockCountRequested} (reason restock,
 * actor demo-data) in that transaction, as an admin creation would, so levels and ledger start equal
 * to it.
 */
@Component
class DemoCatalogLoader implements ApplicationRunner {

    static final int PRODUCTS = 200;
    static final String ACTOR = "demo-data";
    private static final Logger log = LoggerFactory.getLogger(DemoCatalogLoader.class);

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final TransactionTemplate transaction;
    private final boolean enabled;

    DemoCatalogLoader(JdbcTemplate jdbc, ApplicationEventPublisher events, JsonMapper json,
            PlatformTransactionManager transactions, ComptoirProperties comptoir, DatabaseProperties database) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
        this.json = json;
        this.enabled = comptoir.demoData() != null ? comptoir.demoData() : database.embedded();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            loadIfEmpty();
        }
    }

    /** Loads the demo catalog unless some product exists already; true when it did. */
    boolean loadIfEmpty() {
        return Boolean.TRUE.equals(transaction.execute(tx -> loadIfEmptyInTransaction()));
    }

    private boolean loadIfEmptyInTransaction() {
        // serialises two instances starting together on one database
        jdbc.queryForObject("SELECT pg_advisory_xact_lock(hashtext('comptoir:demo-catalog'))::text", String.class);
        if (Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM products)", Boolean.class))) {
            return false;
        }
        long start = System.nanoTime();
        DemoCatalog catalog = DemoCatalog.generate(PRODUCTS);
        insertInTransaction(catalog);
        log.info("Loaded the demo catalog: {} categories, {} products in {} ms", catalog.categories.size(),
                catalog.products.size(), (System.nanoTime() - start) / 1_000_000);
        return true;
    }

    /** Inserts the catalog in one transaction (the caller's, if any). */
    void insert(DemoCatalog catalog) {
        transaction.executeWithoutResult(tx -> insertInTransaction(catalog));
    }

    private void insertInTransaction(DemoCatalog catalog) {
        Timestamp now = Timestamp.from(Instant.now());
        Set<String> categorySlugs = new HashSet<>(jdbc.queryForList("SELECT slug FROM categories", String.class));
        Set<String> productSlugs = new HashSet<>(jdbc.queryForList("SELECT slug FROM products", String.class));

        List<Object[]> categories = new ArrayList<>();
        for (DemoCatalog.Category c : catalog.categories) {
            categories.add(new Object[] {c.id(), c.name(), free(Slugs.from(c.name(), "categorie", 120), categorySlugs),
                    c.description(), c.parentId(), c.position(), now, now});
        }
        jdbc.batchUpdate("INSERT INTO categories (id, name, slug, description, parent_id, position, created_at, "
                + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", categories);

        List<Object[]> products = new ArrayList<>();
        List<Object[]> variants = new ArrayList<>();
        List<Object[]> images = new ArrayList<>();
        List<Object[]> skus = new ArrayList<>();
        List<StockCountRequested.Count> stock = new ArrayList<>();
        int n = 0;
        for (DemoCatalog.Product p : catalog.products) {
            // spread creation times so that "newest" has a meaningful order
            Timestamp created = Timestamp.from(now.toInstant().minusSeconds(3600L * (catalog.products.size() - n++)));
            products.add(new Object[] {p.id(), p.name(), free(Slugs.from(p.name(), "produit", 200), productSlugs),
                    p.description(), p.shortDescription(), p.price(), p.compareAtPrice(), p.sku(), p.stock(), p.weight(),
                    json.writeValueAsString(p.dimensions()), p.active(), p.featured(), p.name(),
                    p.shortDescription(), p.categoryId(), p.ratingAverage(), p.ratingCount(), created, created});
            skus.add(new Object[] {p.sku(), p.id(), null});
            if (p.variants().isEmpty()) {
                stock.add(new StockCountRequested.Count(p.sku(), p.id(), null, p.stock()));
            }
            for (DemoCatalog.Variant v : p.variants()) {
                variants.add(new Object[] {v.id(), p.id(), v.sku(), v.name(), json.writeValueAsString(v.options()),
                        v.price(), v.stock(), v.position(), created, created});
                skus.add(new Object[] {v.sku(), p.id(), v.id()});
                stock.add(new StockCountRequested.Count(v.sku(), p.id(), v.id(), v.stock()));
            }
            for (DemoCatalog.Image i : p.images()) {
                images.add(new Object[] {i.id(), p.id(), i.url(), i.altText(), i.position()});
            }
        }
        jdbc.batchUpdate("INSERT INTO products (id, name, slug, description, short_description, price, "
                + "compare_at_price, sku, stock, weight, dimensions, is_active, is_featured, seo_title, seo_description, "
                + "category_id, rating_average, rating_count, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?)", products);
        jdbc.batchUpdate("INSERT INTO product_variants (id, product_id, sku, name, options, price, stock, position, "
                + "created_at, updated_at) VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?)", variants);
        jdbc.batchUpdate("INSERT INTO product_images (id, product_id, url, alt_text, position) VALUES (?, ?, ?, ?, ?)",
                images);
        jdbc.batchUpdate("INSERT INTO catalog_skus (sku, product_id, variant_id) VALUES (?, ?, ?)", skus);
        events.publishEvent(new StockCountRequested(stock, StockChanged.RESTOCK, ACTOR));
        // written by SQL, so Hibernate Search did not see them: reindexed after this commit
        catalog.products.forEach(p -> events.publishEvent(new ProductChanged(p.id())));
    }

    private static String free(String base, Set<String> taken) {
        String slug = base;
        for (int n = 2; !taken.add(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
