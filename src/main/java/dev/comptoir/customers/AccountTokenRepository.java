package dev.comptoir.customers;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccountTokenRepository extends JpaRepository<AccountToken, UUID> {

    /** Locks the row: of two concurrent uses of one token, the second sees it used. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from AccountToken t where t.tokenHash = :hash")
    Optional<AccountToken> findForUpdate(@Param("hash") String tokenHash);

    @Query("select count(t) from AccountToken t where t.userId = :user and t.purpose = :purpose and t.createdAt > :since")
    long countIssuedSince(@Param("user") UUID userId, @Param("purpose") String purpose, @Param("since") Instant since);

    /** Ends the live tokens of these purposes now: superseded by a newer one, or by a password change. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update AccountToken t set t.expiresAt = :now
            where t.userId = :user and t.purpose in :purposes and t.usedAt is null and t.expiresAt > :now""")
    int expireLive(@Param("user") UUID userId, @Param("purposes") Collection<String> purposes,
            @Param("now") Instant now);

    /** Housekeeping: an expired token can no longer be used, so its row is only kept to say so for a while. */
    @Modifying
    @Query("delete from AccountToken t where t.expiresAt < :before")
    int deleteExpiredBefore(@Param("before") Instant before);
}
