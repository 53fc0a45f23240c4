package dev.comptoir.catalog.product;

import dev.comptoir.catalog.support.Slugs;
import dev.comptoir.shared.error.BadRequestException;
import dev.comptoir.shared.error.NotFoundException;
import dev.comptoir.shared.web.PageResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Product reads: the public detail (live products only) and the admin views (everything). */
@Service
public class ProductReader {

    private final ProductRepository products;

    ProductReader(ProductRepository products) {
        this.products = products;
    }

    /**
     * A live product by id or slug as the market shows it: a deleted or inactive one, or one without a
     * price in the market's currency (not sold there), is 404 like an unknown one.
     */
    @Transactional(readOnly = true)
    public ProductResponse publicProduct(String idOrSlug, PriceDisplay market) {
        return find(idOrSlug).filter(Product::isLive).filter(market::sells).map(p -> ProductResponse.of(p, market))
                .orElseThrow(ProductReader::notFound);
    }

    @Transactional(readOnly = true)
    public ProductResponse adminProduct(UUID id) {
        return products.findWithCategory(id).map(ProductResponse::of).orElseThrow(ProductReader::notFound);
    }

    /**
     * Every product, newest first; {@code status} narrows to active, inactive or deleted ones, {@code text} to those
     * whose name or SKU contains {@code text} (any case).
     */
    @Transactional(readOnly = true)
    public PageResponse<ProductResponse> adminList(int page, int limit, String status, String text) {
        Specification<Product> spec = switch (status == null ? "all" : status) {
            case "all" -> (root, q, cb) -> cb.conjunction();
            case "active" -> (root, q, cb) -> cb.and(cb.isNull(root.get("deletedAt")), cb.isTrue(root.get("active")));
            case "inactive" -> (root, q, cb) -> cb.and(cb.isNull(root.get("deletedAt")), cb.isFalse(root.get("active")));
            case "deleted" -> (root, q, cb) -> cb.isNotNull(root.get("deletedAt"));
            default -> throw new BadRequestException("invalid_data", "Invalid parameter status",
                    Map.of("errors", java.util.List.of(new dev.comptoir.shared.error.Problems.FieldProblem("status",
                            "must be one of all, active, inactive, deleted"))));
        };
        if (text != null && !text.isBlank()) {
            String pattern = "%" + escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%";
            spec = spec.and((root, query, cb) -> cb.or(cb.like(cb.lower(root.get("name")), pattern, '\\'),
                    cb.like(cb.lower(root.get("sku")), pattern, '\\')));
        }
        var result = products.findAll(spec, PageRequest.of(page - 1, limit,
                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"))));
        return PageResponse.of(result, ProductResponse::of);
    }

    private Optional<Product> find(String idOrSlug) {
        return Slugs.asUuid(idOrSlug).map(products::findWithCategory)
                .orElseGet(() -> products.findWithCategoryBySlug(idOrSlug));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static NotFoundException notFound() {
        return new NotFoundException("product_not_found", "No such product");
    }
}
