package dev.comptoir.orders.order;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface OrderRepository extends JpaRepository<Order, UUID> {

    /** The order row locked: status changes read and write it inside one transaction. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Order o where o.id = :id")
    Optional<Order> lockById(UUID id);

    Page<Order> findByUserId(UUID userId, Pageable pageable);

    Page<Order> findByUserIdAndStatus(UUID userId, OrderStatus status, Pageable pageable);

    @Query("select distinct o from Order o left join fetch o.items where o.id in :ids")
    List<Order> withItems(List<UUID> ids);

    @Query("""
            select o.id from Order o where o.status = dev.comptoir.orders.order.OrderStatus.PENDING
            and o.paymentStatus <> dev.comptoir.orders.order.PaymentStatus.PAID and o.expiresAt < :now
            order by o.expiresAt""")
    List<UUID> expiredIds(Instant now, Pageable page);

    /** Whether the customer paid for the product (a refund of part of the order still counts). */
    @Query(nativeQuery = true, value = """
            SELECT EXISTS (SELECT 1 FROM orders o JOIN order_items i ON i.order_id = o.id
                            WHERE o.user_id = :userId AND i.product_id = :productId
                              AND o.payment_status IN ('paid', 'partially_refunded'))""")
    boolean hasPaidOrderContaining(UUID userId, UUID productId);
}
