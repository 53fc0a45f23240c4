package dev.comptoir.search;

import dev.comptoir.catalog.product.Product;
import dev.comptoir.shared.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the product index from the database with Hibernate Search's mass indexer, one job at a
 * time in the background (a request asking while one runs gets that job). Progress goes to the log.
 * On start, an index holding fewer products than the database (first start, demo data loaded with
 * SQL, a lost index directory, an upgrade) is rebuilt the same way, after the other start-up runners
 * (demo data), and the server is not ready ({@link Startup}) until it ends.
 *
 * <p>The server takes writes while a rebuild runs. The mass indexer purges the index, then loads
 * products and adds their documents: a product written meanwhile may be indexed by its write and then
 * overwritten by (or, in Lucene, duplicated with) the document the indexer built from the row it read
 * before that write. So products indexed during a rebuild are noted ({@link #touched}) and indexed
 * once more from the database when the mass indexer is done.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class SearchReindexer implements DisposableBean, ApplicationRunner {

    static final String START_TASK = "search-index-rebuild";

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

    private final Startup startup;

    SearchReindexer(EntityManagerFactory emf, EntityManager em, PlatformTransactionManager transactions,
            Startup startup, @Value("${comptoir.search.rebuild-on-start:true}") boolean rebuildOnStart) {
        this.emf = emf;
        this.startup = startup;
        this.rebuildOnStart = rebuildOnStart;
        this.em = em;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Runs after the other runners ({@code @Order}): the demo catalog is in the database by then. */
    @Override
    public void run(ApplicationArguments args) {
        if (rebuildOnStart) {
            rebuildAnIncompleteIndex();
        }
    }

    void rebuildAnIncompleteIndex() {
        long indexed = readOnly.execute(tx -> Search.session(em).search(Product.class)
                .where(f -> f.matchAll()).fetchTotalHitCount());
        long products = readOnly.execute(tx -> em.createQuery("select count(p) from Product p", Long.class)
                .getSingleResult());
        // every product is indexed (deleted ones too, as not live), so fewer documents means a gap
        if (indexed < products) {
            log.info("The search index holds {} of {} products: rebuilding it", indexed, products);
            startup.begin(START_TASK);
            start(() -> startup.end(START_TASK));
        }
    }

    /** Starts a rebuild, or returns the one already running. */
    Job start() {
        return start(() -> {});
    }

    private synchronized Job start(Runnable whenDone) {
        Progress current = running.get();
        if (current != null) {
            current.whenDone.add(whenDone);
            return current.view();
        }
        Progress progress = new Progress(UUID.randomUUID());
        progress.whenDone.add(whenDone);
        jobs.put(progress.id, progress);
        running.set(progress);
        executor.execute(() -> run(progress));
        return progress.view();
    }

    /** Products just indexed by a write; while a rebuild runs they are indexed again when it ends. */
    void touched(Collection<UUID> productIds) {
        Progress current = running.get();
        if (current != null) {
            synchronized (current) {
                current.touched.addAll(productIds);
            }
        }
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
            catchUp(progress);
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
            progress.whenDone.forEach(Runnable::run);
        }
    }

    /** Indexes again, from the database, what writes indexed during the rebuild, until none is left. */
    private void catchUp(Progress progress) {
        while (true) {
            List<UUID> ids;
            synchronized (progress) {
                if (progress.touched.isEmpty()) {
                    running.compareAndSet(progress, null); // later writes index themselves over a complete index
                    return;
                }
                ids = new ArrayList<>(progress.touched);
                progress.touched.clear();
            }
            readOnly.executeWithoutResult(tx -> {
                SearchSession search = Search.session(em);
                for (int from = 0; from < ids.size(); from += 200) {
                    em.createQuery("select p from Product p where p.id in :ids", Product.class)
                            .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 200)))
                            .getResultList().forEach(p -> search.indexingPlan().addOrUpdate(p));
                    search.indexingPlan().execute();
                    em.clear();
                }
            });
            log.info("Search reindex {}: {} products written during the rebuild indexed again", progress.id,
                    ids.size());
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
        final Set<UUID> touched = new HashSet<>();
        final List<Runnable> whenDone = new CopyOnWriteArrayList<>();
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
