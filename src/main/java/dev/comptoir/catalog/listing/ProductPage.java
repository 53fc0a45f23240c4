package dev.comptoir.catalog.listing;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.comptoir.catalog.product.PriceDisplay;
import dev.comptoir.catalog.product.ProductResponse;
import dev.comptoir.shared.web.PageResponse;
import dev.comptoir.shared.web.PageResponse.Pagination;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A page of {@code GET /api/products}: the SPEC list envelope, the market it was read in and its
 * currency, plus {@code facets} when asked for; {@code locale} is the language of its texts.
 */
public record ProductPage(List<ProductResponse> data, Pagination pagination, String market, String currency,
        @JsonInclude(JsonInclude.Include.NON_NULL) Facets facets, String locale) {

    /** Counts for the current query and filters. */
    public record Facets(List<CategoryCount> categories, List<PriceBand> priceBands, List<RatingCount> ratings) {}

    public record CategoryCount(UUID id, String name, String slug, long count) {}

    /** Prices as displayed from {@code from} (inclusive) to {@code to} (exclusive; null = no upper bound). */
    public record PriceBand(BigDecimal from, BigDecimal to, long count) {}

    /** Products rated {@code min} or more. */
    public record RatingCount(int min, long count) {}

    public static ProductPage of(PageResponse<ProductResponse> page, PriceDisplay market, String locale) {
        return new ProductPage(page.data(), page.pagination(), market.market(), market.currency(), null, locale);
    }
}
