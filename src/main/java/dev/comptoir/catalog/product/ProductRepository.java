package dev.comptoir.catalog.product;

import java.util.List;
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
 * Products. Reads fetch the category and the translations (the product's and its category's) with the
 * product; variants and images then load in one batched statement each for the whole page
 * (default_batch_fetch_size), whatever their number.
 */
public interface ProductRepository extends JpaRepository<Product, UUID>, JpaSpecificationExecutor<Product> {

    @Query("select p from Product p left join fetch p.category c left join fetch p.translations "
            + "left join fetch c.translations where p.id = ?1")
    Optional<Product> findWithCategory(UUID id);

    /** Products whose own slug, or slug in any language, is {@code slug} (more than one across languages). */
    @Query("select p from Product p left join fetch p.category c left join fetch p.translations "
            + "left join fetch c.translations where p.slug = ?1 "
            + "or p.id in (select t.product.id from ProductTranslation t where t.slug = ?1)")
    List<Product> findAllBySlugInAnyLanguage(String slug);

    @Override
    @EntityGraph(attributePaths = "category")
    Page<Product> findAll(Specification<Product> spec, Pageable pageable);

    @Query("select count(p) from Product p")
    long countAll();
}
