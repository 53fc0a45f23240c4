package dev.comptoir.pricelists;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The offers of every applicable list for some SKUs, in one indexed query: active, in their period
 * [startsAt, endsAt), in the currency, and for everyone or for a group the customer belongs to. Read
 * from the database on every call rather than cached, so that a write on any instance counts at once.
 * Through Hibernate so that the statement counts of priced reads include it.
 */
@Component
class ApplicableOffers {

    private static final String SELECT = """
            SELECT p.sku, p.amount, l.id, l.type, l.created_at
              FROM price_list_prices p JOIN price_lists l ON l.id = p.price_list_id
             WHERE p.sku = ANY(:skus) AND l.currency = :currency AND l.status = 'active'
               AND (l.starts_at IS NULL OR l.starts_at <= :now) AND (l.ends_at IS NULL OR l.ends_at > :now)
               AND (NOT EXISTS (SELECT 1 FROM price_list_groups g WHERE g.price_list_id = l.id)%s)""";

    private static final String OR_CUSTOMER_GROUP = """

                    OR EXISTS (SELECT 1 FROM price_list_groups g
                                 JOIN customer_group_members m ON m.group_id = g.group_id
                                WHERE g.price_list_id = l.id AND m.user_id = :customer)""";

    private final EntityManager entityManager;

    ApplicableOffers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The offers by SKU; a SKU without any is absent. */
    Map<String, List<BestPrice.Offer>> find(Collection<String> skus, String currency, @Nullable UUID customerId,
            Instant now) {
        NativeQuery<?> query = entityManager
                .createNativeQuery(SELECT.formatted(customerId == null ? "" : OR_CUSTOMER_GROUP))
                .unwrap(NativeQuery.class)
                .addScalar("sku", StandardBasicTypes.STRING)
                .addScalar("amount", StandardBasicTypes.BIG_DECIMAL)
                .addScalar("id", StandardBasicTypes.UUID)
                .addScalar("type", StandardBasicTypes.STRING)
                .addScalar("created_at", StandardBasicTypes.INSTANT)
                .setParameter("skus", skus.toArray(String[]::new))
                .setParameter("currency", currency)
                .setParameter("now", now);
        if (customerId != null) {
            query.setParameter("customer", customerId);
        }
        Map<String, List<BestPrice.Offer>> offers = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            offers.computeIfAbsent((String) columns[0], sku -> new java.util.ArrayList<>())
                    .add(new BestPrice.Offer((UUID) columns[2], (String) columns[3], (BigDecimal) columns[1],
                            (Instant) columns[4]));
        }
        return offers;
    }
}
