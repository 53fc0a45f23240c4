package dev.comptoir.catalog.category;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CategoryRepository extends JpaRepository<Category, UUID> {

    /** The whole live tree with its translations in one statement; callers assemble it in memory. */
    @Query("select c from Category c left join fetch c.translations where c.deletedAt is null")
    List<Category> findAllLive();

    @Query("select c from Category c where c.id = ?1 and c.deletedAt is null")
    Optional<Category> findLive(UUID id);

    @Query("select count(c) > 0 from Category c where c.parentId = ?1 and c.deletedAt is null")
    boolean hasLiveChildren(UUID id);

    @Modifying
    @Query(value = "UPDATE categories SET parent_id = ?2, updated_at = now(), version = version + 1 "
            + "WHERE parent_id = ?1 AND deleted_at IS NULL", nativeQuery = true)
    int reparentChildren(UUID from, UUID to);
}
