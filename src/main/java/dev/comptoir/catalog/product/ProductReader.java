package dev.comptoir.catalog.product;

import dev.comptoir.catalog.CatalogLocale;
import dev.comptoir.catalog.support.Slugs;
import dev.comptoir.shared.error.BadRequestException;
import dev.comptoir.shared.error.NotFoundException;
import dev.comptoir.shared.metadata.MetadataFilter;
import dev.comptoir.shared.web.PageResponse;
import java.util.Comparator;
import java.util.List;
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
    private final CatalogPrices prices;

    ProductReader(ProductRepository products, CatalogPrices prices) {
        this.products = products;
        this.prices = prices;
    }

    /**
     * A live product by id or slug as the market shows it, its texts in {@code locale}: a deleted or inactive
     * one, or one without a price in the market's currency (not sold there), is 404 like an unknown one. A slug is
     * looked for in the read's languages first, then among the products' own slugs, then in any other language (a
     * link shared across languages still works). Prices are the reader's, price lists applied.
     */
    @Transactional(readOnly = true)
    public ProductResponse publicProduct(String idOrSlug, PriceDisplay market, CatalogLocale locale) {
        Optional<Product> found = Slugs.asUuid(idOrSlug).map(products::findWithCategory)
                .orElseGet(() -> bySlug(idOrSlug, locale));
        return found.filter(Product::isLive).filter(market::sells)
                .map(p -> ProductResponse.of(p, prices.applied(market, List.of(p)), locale))
                .orElseThrow(ProductReader::notFound);
    }

    private Optional<Product> bySlug(String slug, CatalogLocale locale) {
        List<Product> candidates = products.findAllBySlugInAnyLanguage(slug);
        if (candidates.size() <= 1) {
            return candidates.stream().findFirst();
        }
        List<String> chain = locale.chain();
        return candidates.stream().min(Comparator.<Product>comparingInt(p -> slugRank(p, slug, chain))
                .thenComparing(Product::getId));
    }

    /** 0.. for a slug in the read's languages, then the product's own slug, then any other language's. */
    private static int slugRank(Product p, String slug, List<String> chain) {
        for (int i = 0; i < chain.size(); i++) {
            ProductTranslation t = p.getTranslations().get(chain.get(i));
            if (t != null && slug.equals(t.getSlug())) {
                return i;
            }
        }
        return slug.equals(p.getSlug()) ? chain.size() : chain.size() + 1;
    }

    @Transactional(readOnly = true)
    public ProductResponse adminProduct(UUID id) {
        return products.findWithCategory(id).map(ProductResponse::of).orElseThrow(ProductReader::notFound);
    }

    /**
     * Every product, newest first; {@code status} narrows to active, inactive or deleted ones, {@code text} to those
     * whose name or SKU contains {@code text} (any case), {@code metadata} to those whose metadata matches.
     */
    @Transactional(readOnly = true)
    public PageResponse<ProductResponse> adminList(int page, int limit, String status, String text,
            MetadataFilter metadata) {
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
        if (!metadata.isEmpty()) {
            spec = spec.and(metadata.specification());
        }
        var result = products.findAll(spec, PageRequest.of(page - 1, limit,
                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"))));
        return PageResponse.of(result, ProductResponse::of);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static NotFoundException notFound() {
        return new NotFoundException("product_not_found", "No such product");
    }
}
