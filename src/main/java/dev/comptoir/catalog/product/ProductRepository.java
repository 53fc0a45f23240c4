package dev.comptoir.catalog.product;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/**
 * Products. Reads fetch the category with the product; variants and images then load in one
 * batched statement each for the whole page (default_batch_fetch_size), whatever their number.
 */
public interface ProductRepository extends JpaRepository<Product, UUID>, JpaSpecificationExecutor<Product> {

    @Query("select p from Product p left join fetch p.category where p.id = ?1")
    Optional<Product> findWithCategory(UUID id);

    @Query("select p from Product p left join fetch p.category where p.slug = ?1")
    Optional<Product> findWithCategoryBySlug(String slug);

    @Override
    @EntityGraph(attributePaths = "category")
    Page<Product> findAll(Specification<Product> spec, Pageable pageable);

    @Query("select count(p) from Product p")
    long countAll();
}
