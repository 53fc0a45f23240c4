package dev.comptoir.customers;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserRepository extends JpaRepository<User, UUID>, JpaSpecificationExecutor<User> {

    Optional<User> findByIdAndDeletedAtIsNull(UUID id);

    List<User> findByIdInAndDeletedAtIsNull(Collection<UUID> ids);

    Optional<User> findByEmailAndDeletedAtIsNull(String email);

    boolean existsByEmailAndDeletedAtIsNull(String email);

    boolean existsByRoleAndDeletedAtIsNull(String role);


    /**
     * Creates the account unless a live one holds the email: safe when two instances seed at once. Its
     * address comes from the configuration (the admin, the demo customer), so it counts as verified.
     */
    @Modifying
    @Query(nativeQuery = true, value = """
            INSERT INTO users (id, email, password_hash, first_name, last_name, role, created_at, updated_at,
                               email_verified_at)
            VALUES (gen_random_uuid(), lower(:email), :hash, :firstName, :lastName, :role, now(), now(), now())
            ON CONFLICT DO NOTHING""")
    int insertIfAbsent(@Param("email") String email, @Param("hash") String passwordHash,
            @Param("firstName") String firstName, @Param("lastName") String lastName, @Param("role") String role);
}
