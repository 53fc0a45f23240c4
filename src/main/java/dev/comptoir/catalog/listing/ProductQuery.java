package dev.comptoir.catalog.listing;

import dev.comptoir.catalog.product.PriceDisplay;
import dev.comptoir.shared.error.BadRequestException;
import dev.comptoir.shared.error.Problems.FieldProblem;
import dev.comptoir.shared.web.PageQuery;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A validated product listing request ({@code GET /api/products}). {@code category} is an id or a
 * slug and includes sub-categories; {@code inStock}, {@code featured} and {@code onSale} filter only
 * when true. {@code sort} is null when the client gave none (each listing picks its default).
 * {@code market}: only products priced in its currency are listed; price filters, sorts and bands are
 * on prices as it displays them.
 */
public record ProductQuery(String q, String category, BigDecimal minPrice, BigDecimal maxPrice, boolean inStock,
        boolean featured, boolean onSale, BigDecimal minRating, ProductSort sort, int page, int limit,
        boolean facets, PriceDisplay market) {

    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 20;
    static final BigDecimal MAX_PRICE = new BigDecimal("99999999.99");

    /** Checks the raw parameters; every problem found is reported at once, each naming its parameter. */
    public static ProductQuery of(String q, String category, BigDecimal minPrice, BigDecimal maxPrice, Boolean inStock,
            Boolean featured, Boolean onSale, BigDecimal minRating, String sort, Integer page, Integer limit,
            Boolean facets, PriceDisplay market) {
        List<FieldProblem> errors = new ArrayList<>();
        price("minPrice", minPrice, errors);
        price("maxPrice", maxPrice, errors);
        if (minPrice != null && maxPrice != null && minPrice.compareTo(maxPrice) > 0) {
            errors.add(new FieldProblem("minPrice", "must not be greater than maxPrice"));
        }
        if (minRating != null && (minRating.signum() < 0 || minRating.compareTo(BigDecimal.valueOf(5)) > 0)) {
            errors.add(new FieldProblem("minRating", "must be between 0 and 5"));
        }
        ProductSort parsed = null;
        if (sort != null && !sort.isBlank()) {
            parsed = ProductSort.parse(sort).orElse(null);
            if (parsed == null) {
                errors.add(new FieldProblem("sort", "must be one of " + java.util.Arrays.stream(ProductSort.values())
                        .map(ProductSort::param).collect(Collectors.joining(", "))));
            }
        }
        if (page != null && (page < 1 || page > PageQuery.MAX_PAGE)) {
            errors.add(new FieldProblem("page", "must be between 1 and " + PageQuery.MAX_PAGE));
        }
        if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
            errors.add(new FieldProblem("limit", "must be between 1 and " + MAX_LIMIT));
        }
        if (q != null && q.length() > 500) {
            errors.add(new FieldProblem("q", "must be at most 500 characters"));
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException("invalid_data", "Invalid request: " + errors.stream()
                    .map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; ")),
                    Map.of("errors", errors));
        }
        return new ProductQuery(q == null || q.isBlank() ? null : q.strip(),
                category == null || category.isBlank() ? null : category.strip(), minPrice, maxPrice,
                Boolean.TRUE.equals(inStock), Boolean.TRUE.equals(featured), Boolean.TRUE.equals(onSale), minRating,
                parsed, page == null ? 1 : page, limit == null ? DEFAULT_LIMIT : limit, Boolean.TRUE.equals(facets),
                market);
    }

    /** A price filter is a catalog price: 0 to 99,999,999.99 (a bigger one cannot be indexed). */
    private static void price(String name, BigDecimal value, List<FieldProblem> errors) {
        if (value != null && (value.signum() < 0 || value.compareTo(MAX_PRICE) > 0)) {
            errors.add(new FieldProblem(name, "must be between 0 and " + MAX_PRICE.toPlainString()));
        }
    }
}
