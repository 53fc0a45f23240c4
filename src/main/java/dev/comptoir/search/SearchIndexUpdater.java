package dev.comptoir.search;

import dev.comptoir.catalog.CategoryChanged;
import dev.comptoir.catalog.ProductChanged;
import dev.comptoir.catalog.StockStatusChanged;
import dev.comptoir.catalog.category.CategoryService;
import dev.comptoir.catalog.product.Product;
import dev.comptoir.shared.alerts.AlertKinds;
import dev.comptoir.shared.events.OutsideEffect;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the index in step with what Hibernate does not see: stock statuses and ratings written by SQL,
 * products moved by SQL, and category renames or moves (their products carry the category path).
 * A stock status change is an outside effect through the outbox (one publication per threshold
 * crossed, not per sale). Admin changes are noted during their transaction and the affected products
 * reindexed once, after it commits, so that the admin's next search sees them; a rolled-back change
 * is never indexed.
 */
@Component
class SearchIndexUpdater {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexUpdater.class);
    private static final int CHUNK = 200;

    private final EntityManager em;
    private final CategoryService categories;
    private final TransactionTemplate newTransaction;
    private final TransactionTemplate readOnly;
    private final SearchReindexer reindexer;

    SearchIndexUpdater(EntityManager em, CategoryService categories, PlatformTransactionManager transactions,
            SearchReindexer reindexer) {
        this.em = em;
        this.reindexer = reindexer;
        this.categories = categories;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Only a change of status (in, low, out of stock) changes what the index holds about stock. An
     * outside effect: after commit, off the request thread, retried when the backend fails.
     */
    @OutsideEffect(AlertKinds.SEARCH_UPDATE_FAILED)
    void on(StockStatusChanged event) {
        readOnly.executeWithoutResult(tx -> reindex(List.of(event.productId())));
    }

    @EventListener
    void on(ProductChanged event) {
        note(event.productId(), null);
    }

    @EventListener
    void on(CategoryChanged event) {
        note(null, event.categoryId());
    }

    private void note(UUID product, UUID category) {
        boolean inTransaction = TransactionSynchronizationManager.isSynchronizationActive();
        Pending pending = inTransaction ? (Pending) TransactionSynchronizationManager.getResource(this) : null;
        if (pending == null) {
            pending = new Pending();
            if (inTransaction) {
                TransactionSynchronizationManager.bindResource(this, pending);
                TransactionSynchronizationManager.registerSynchronization(pending);
            }
        }
        if (product != null) {
            pending.products.add(product);
        }
        if (category != null) {
            pending.categories.add(category);
        }
        if (!inTransaction) {
            Pending single = pending;
            newTransaction.executeWithoutResult(tx -> reindex(single));
        }
    }

    /** What one transaction changed, reindexed once after it commits. */
    private final class Pending implements TransactionSynchronization {

        final Set<UUID> products = new LinkedHashSet<>();
        final Set<UUID> categories = new LinkedHashSet<>();

        /**
         * Before the other after-commit callbacks, among them the catalog response cache's generation
         * move (ADR 0014): an answer computed after that move must find the index already written.
         */
        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }

        @Override
        public void afterCommit() {
            reindex(this);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(SearchIndexUpdater.this);
        }
    }

    /**
     * Runs on the committed transaction's own EntityManager (and connection): a new transaction here
     * would need a second connection while the first is still held, and under load (twenty
     * concurrent review approvals, checkouts) the pool runs dry. Reads are all it needs; the index
     * is written by {@code execute()}, not by a commit.
     */
    private void reindex(Pending pending) {
        try {
            em.clear(); // the committed SQL writes (stock, rating) are not in the persistence context
            Set<UUID> ids = new LinkedHashSet<>(pending.products);
            for (UUID category : pending.categories) {
                Set<UUID> subtree = categories.subtree(category.toString()).orElse(Set.of(category));
                ids.addAll(em.createQuery("select p.id from Product p where p.category.id in :ids", UUID.class)
                        .setParameter("ids", subtree).getResultList());
            }
            reindex(ids);
        } catch (RuntimeException e) {
            // the write is committed; the index catches up at the next change or reindex
            log.warn("Search index not updated for products {} / categories {}: {}", pending.products,
                    pending.categories, e.toString());
        }
    }

    private void reindex(Collection<UUID> productIds) {
        reindexer.touched(productIds);
        SearchSession search = Search.session(em);
        List<UUID> ids = new ArrayList<>(productIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            em.createQuery("select p from Product p where p.id in :ids", Product.class)
                    .setParameter("ids", chunk).getResultList()
                    .forEach(p -> search.indexingPlan().addOrUpdate(p));
            search.indexingPlan().execute();
            em.clear();
        }
    }
}
