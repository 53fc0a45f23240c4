package dev.comptoir.catalog.listing;

import dev.comptoir.catalog.category.CategoryService;
import dev.comptoir.catalog.product.Product;
import dev.comptoir.catalog.product.ProductRepository;
import dev.comptoir.catalog.product.ProductResponse;
import dev.comptoir.catalog.product.ProductVariant;
import dev.comptoir.shared.web.PageResponse;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The listing straight from PostgreSQL. A page costs a count, the page itself (category joined), and
 * one batched statement each for the page's variants and images. {@code q} is a plain substring
 * match on name and SKU until full-text search takes over.
 */
@Component
class DatabaseProductListing implements ProductListing {

    private final ProductRepository products;
    private final CategoryService categories;

    DatabaseProductListing(ProductRepository products, CategoryService categories) {
        this.products = products;
        this.categories = categories;
    }

    @Override
    @Transactional(readOnly = true)
    public ProductPage list(ProductQuery query) {
        Set<UUID> categoryIds = null;
        if (query.category() != null) {
            Optional<Set<UUID>> subtree = categories.subtree(query.category());
            if (subtree.isEmpty()) {
                return ProductPage.of(PageResponse.of(List.of(), query.page(), query.limit(), 0));
            }
            categoryIds = subtree.get();
        }
        Set<UUID> inCategories = categoryIds;
        Specification<Product> spec = (root, cq, cb) -> cb.and(predicates(query, inCategories, root, cq, cb)
                .toArray(Predicate[]::new));
        var page = products.findAll(spec, PageRequest.of(query.page() - 1, query.limit(), sort(query.sort())));
        return ProductPage.of(PageResponse.of(page, ProductResponse::of));
    }

    private static List<Predicate> predicates(ProductQuery query, Set<UUID> categoryIds, Root<Product> p,
            CriteriaQuery<?> cq, CriteriaBuilder cb) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.isNull(p.get("deletedAt")));
        where.add(cb.isTrue(p.get("active")));
        if (query.q() != null) {
            String like = "%" + query.q().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                    + "%";
            where.add(cb.or(cb.like(cb.lower(p.get("name")), like, '\\'), cb.like(cb.lower(p.get("sku")), like, '\\')));
        }
        if (categoryIds != null) {
            where.add(p.get("category").get("id").in(categoryIds));
        }
        if (query.minPrice() != null) {
            where.add(cb.greaterThanOrEqualTo(p.get("price"), query.minPrice()));
        }
        if (query.maxPrice() != null) {
            where.add(cb.lessThanOrEqualTo(p.get("price"), query.maxPrice()));
        }
        if (query.featured()) {
            where.add(cb.isTrue(p.get("featured")));
        }
        if (query.onSale()) {
            where.add(cb.greaterThan(p.get("compareAtPrice"), p.get("price")));
        }
        if (query.minRating() != null) {
            where.add(cb.greaterThanOrEqualTo(p.get("ratingAverage"), query.minRating()));
        }
        if (query.inStock()) {
            // own stock when the product has no variants, else any variant in stock
            where.add(cb.or(
                    cb.and(cb.greaterThan(p.get("stock"), 0), cb.not(cb.exists(variants(p, cq, cb, false)))),
                    cb.exists(variants(p, cq, cb, true))));
        }
        return where;
    }

    private static Subquery<Integer> variants(Root<Product> p, CriteriaQuery<?> cq, CriteriaBuilder cb,
            boolean inStockOnly) {
        Subquery<Integer> sub = cq.subquery(Integer.class);
        Root<ProductVariant> v = sub.from(ProductVariant.class);
        Predicate own = cb.equal(v.get("product"), p);
        sub.select(cb.literal(1)).where(inStockOnly ? cb.and(own, cb.greaterThan(v.get("stock"), 0)) : own);
        return sub;
    }

    private static Sort sort(ProductSort sort) {
        Sort order = switch (sort == null ? ProductSort.NEWEST : sort) {
            case PRICE_ASC -> Sort.by(Sort.Order.asc("price"));
            case PRICE_DESC -> Sort.by(Sort.Order.desc("price"));
            case RATING -> Sort.by(Sort.Order.desc("ratingAverage"), Sort.Order.desc("ratingCount"));
            case NAME -> Sort.by(Sort.Order.asc("name").ignoreCase());
            case NEWEST, RELEVANCE -> Sort.by(Sort.Order.desc("createdAt"));
        };
        return order.and(Sort.by(Sort.Order.asc("id")));
    }
}
