package dev.comptoir.customers.addresses;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AddressRepository extends JpaRepository<Address, UUID> {

    List<Address> findByUserIdOrderByCreatedAtAscIdAsc(UUID userId);

    Optional<Address> findByIdAndUserId(UUID id, UUID userId);

    long countByUserId(UUID userId);

    /** Runs at once (before the new default is flushed), so the partial unique index never sees two. */
    @Modifying(flushAutomatically = true)
    @Query(nativeQuery = true, value = """
            UPDATE addresses SET is_default_shipping = FALSE, updated_at = now(), version = version + 1
             WHERE user_id = :userId AND is_default_shipping AND id <> :keep""")
    int clearDefaultShipping(@Param("userId") UUID userId, @Param("keep") UUID keep);

    @Modifying(flushAutomatically = true)
    @Query(nativeQuery = true, value = """
            UPDATE addresses SET is_default_billing = FALSE, updated_at = now(), version = version + 1
             WHERE user_id = :userId AND is_default_billing AND id <> :keep""")
    int clearDefaultBilling(@Param("userId") UUID userId, @Param("keep") UUID keep);
}
