package dev.comptoir.orders.admin;

import dev.comptoir.orders.order.Order;
import dev.comptoir.orders.order.OrderStatus;
import dev.comptoir.orders.order.PaymentStatus;
import dev.comptoir.shared.metadata.MetadataFilter;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/**
 * The admin order filters; null means "any". A full address in {@code email} matches exactly (the
 * lower(email) index), anything else matches as a substring; both ignore case. {@code to} is exclusive.
 * {@code metadata}: the metadata filters (ADR 0013).
 */
record OrderSearch(OrderStatus status, PaymentStatus paymentStatus, String email, Instant from, Instant to,
        String orderNumber, MetadataFilter metadata) {

    Specification<Order> toSpecification() {
        Specification<Order> fields = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (status != null) {
                where.add(cb.equal(root.get("status"), status));
            }
            if (paymentStatus != null) {
                where.add(cb.equal(root.get("paymentStatus"), paymentStatus));
            }
            if (email != null && !email.isBlank()) {
                String value = email.trim().toLowerCase(Locale.ROOT);
                where.add(isFullAddress(value) ? cb.equal(cb.lower(root.get("email")), value)
                        : cb.like(cb.lower(root.get("email")), "%" + escaped(value) + "%", '\\'));
            }
            if (from != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("createdAt"), from));
            }
            if (to != null) {
                where.add(cb.lessThan(root.get("createdAt"), to));
            }
            if (orderNumber != null && !orderNumber.isBlank()) {
                where.add(cb.equal(root.get("orderNumber"), orderNumber.trim().toUpperCase(Locale.ROOT)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        return metadata.isEmpty() ? fields : fields.and(metadata.specification());
    }

    private static boolean isFullAddress(String value) {
        return value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    }

    private static String escaped(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
