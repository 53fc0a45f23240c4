package dev.comptoir.search;

import dev.comptoir.catalog.product.Product;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the product index from the database with Hibernate Search's mass indexer, one job at a
 * time in the background (a request asking while one runs gets that job). Progress goes to the log.
 * On start, an index holding fewer products than the database (first start, demo data loaded with
 * SQL, a lost index directory, an upgrade) is rebuilt the same way; searches see a partial catalog
 * until it ends.
 */
@Component
class SearchReindexer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchReindexer.class);

    /** A reindex job as the admin route shows it. */
    record Job(UUID id, String status, Instant startedAt, Instant finishedAt, long total, long indexed, String error) {}

    private final EntityManagerFactory emf;
    private final boolean rebuildOnStart;
    private final EntityManager em;
    private final TransactionTemplate readOnly;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "search-reindex");
        t.setDaemon(true);
        return t;
    });
    private final Map<UUID, Progress> jobs = new ConcurrentHashMap<>();
    private final AtomicReference<Progress> running = new AtomicReference<>();

    SearchReindexer(EntityManagerFactory emf, EntityManager em, PlatformTransactionManager transactions,
            @Value("${comptoir.search.rebuild-on-start:true}") boolean rebuildOnStart) {
        this.emf = emf;
        this.rebuildOnStart = rebuildOnStart;
        this.em = em;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildAnEmptyIndex() {
        if (!rebuildOnStart) {
            return;
        }
        long indexed = readOnly.execute(tx -> Search.session(em).search(Product.class)
                .where(f -> f.matchAll()).fetchTotalHitCount());
        long products = readOnly.execute(tx -> em.createQuery("select count(p) from Product p", Long.class)
                .getSingleResult());
        // every product is indexed (deleted ones too, as not live), so fewer documents means a gap
        if (indexed < products) {
            log.info("The search index holds {} of {} products: rebuilding it", indexed, products);
            start();
        }
    }

    /** Starts a rebuild, or returns the one already running. */
    synchronized Job start() {
        Progress current = running.get();
        if (current != null) {
            return current.view();
        }
        Progress progress = new Progress(UUID.randomUUID());
        jobs.put(progress.id, progress);
        running.set(progress);
        executor.execute(() -> run(progress));
        return progress.view();
    }

    Job find(UUID id) {
        Progress progress = jobs.get(id);
        return progress == null ? null : progress.view();
    }

    private void run(Progress progress) {
        log.info("Search reindex {} started", progress.id);
        try {
            Search.mapping(emf).scope(Product.class).massIndexer()
                    .threadsToLoadObjects(2)
                    .batchSizeToLoadObjects(100)
                    .monitor(progress)
                    .startAndWait();
            progress.finish("completed", null);
            log.info("Search reindex {} completed: {} products in {} ms", progress.id, progress.indexed.get(),
                    Duration.between(progress.startedAt, progress.finishedAt).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            progress.finish("failed", "interrupted");
        } catch (RuntimeException e) {
            progress.finish("failed", e.getClass().getSimpleName());
            log.error("Search reindex {} failed", progress.id, e);
        } finally {
            running.compareAndSet(progress, null);
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    /** One job's state, fed by the mass indexer; logs every 10% (and at least every 10,000 products). */
    private static final class Progress implements MassIndexingMonitor {

        final UUID id;
        final Instant startedAt = Instant.now();
        final AtomicLong total = new AtomicLong();
        final AtomicLong indexed = new AtomicLong();
        final AtomicLong nextLog = new AtomicLong(1);
        volatile String status = "running";
        volatile Instant finishedAt;
        volatile String error;

        Progress(UUID id) {
            this.id = id;
        }

        Job view() {
            return new Job(id, status, startedAt, finishedAt, total.get(), indexed.get(), error);
        }

        void finish(String status, String error) {
            this.finishedAt = Instant.now();
            this.error = error;
            this.status = status;
        }

        @Override
        public void addToTotalCount(long count) {
            total.addAndGet(count);
        }

        @Override
        public void documentsAdded(long count) {
            long done = indexed.addAndGet(count);
            long step = Math.max(1, Math.min(10_000, total.get() / 10));
            long next = nextLog.get();
            if (done >= next && nextLog.compareAndSet(next, done + step)) {
                log.info("Search reindex {}: {}/{} products indexed", id, done, total.get());
            }
        }

        @Override
        public void documentsBuilt(long count) {}

        @Override
        public void entitiesLoaded(long count) {}

        @Override
        public void indexingCompleted() {}
    }
}
