package dev.comptoir.payments.payment;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface PaymentRepository extends JpaRepository<Payment, UUID> {

    List<Payment> findByOrderIdOrderByAttemptAsc(UUID orderId);

    Optional<Payment> findByProviderId(String providerId);

    /** Ids only, so that the row is first loaded by {@link #lockById} and never read stale. */
    @Query("""
            select p.id from Payment p where p.orderId = :orderId
            and p.status = dev.comptoir.payments.PaymentState.SUCCEEDED order by p.attempt""")
    List<UUID> succeededIds(UUID orderId);

    /** The payment row locked: webhooks and refunds of one payment take their turn on it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Payment p where p.providerId = :providerId")
    Optional<Payment> lockByProviderId(String providerId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Payment p where p.id = :id")
    Optional<Payment> lockById(UUID id);
}
