package dev.comptoir.payments.refund;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RefundRepository extends JpaRepository<Refund, UUID> {

    @org.springframework.data.jpa.repository.Query(
            "select r.paymentId from Refund r where r.id = :id and r.orderId = :orderId")
    Optional<UUID> paymentIdOf(UUID id, UUID orderId);

    List<Refund> findByPaymentId(UUID paymentId);

    List<Refund> findByOrderIdOrderByCreatedAtAsc(UUID orderId);

    Optional<Refund> findByProviderRefundId(String providerRefundId);

    Optional<Refund> findByRequestKey(String requestKey);
}
