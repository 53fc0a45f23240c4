package dev.comptoir.search;

import static dev.comptoir.search.ProductIndex.*;

import dev.comptoir.catalog.CatalogLocale;
import dev.comptoir.catalog.category.Category;
import dev.comptoir.catalog.category.CategoryTranslation;
import dev.comptoir.catalog.listing.ProductListing;
import dev.comptoir.catalog.listing.ProductPage;
import dev.comptoir.catalog.listing.ProductPage.CategoryCount;
import dev.comptoir.catalog.listing.ProductPage.Facets;
import dev.comptoir.catalog.listing.ProductPage.PriceBand;
import dev.comptoir.catalog.listing.ProductPage.RatingCount;
import dev.comptoir.catalog.listing.ProductQuery;
import dev.comptoir.catalog.listing.ProductSort;
import dev.comptoir.catalog.product.Product;
import dev.comptoir.catalog.product.ProductResponse;
import dev.comptoir.shared.web.PageResponse;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.graph.GraphSemantic;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.NonStaticMetamodelScope;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.engine.search.sort.dsl.TypedSearchSortFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.data.Range;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code GET /api/products} through the search index, for every request (with or without {@code q}):
 * one index query gives the page's ids, the total and the facets, then one statement loads the
 * page's products with their categories and translations (theirs and their categories'), and one
 * batched statement each their variants and images. Deleted and inactive products are indexed with
 * {@code live=false} and filtered out.
 */
@Primary
@Component
class SearchProductListing implements ProductListing {

    /** Deeper pages are empty (with the true total): a search engine pays for offset + limit hits. */
    static final long MAX_WINDOW = 100_000;

    static final List<Range<BigDecimal>> PRICE_BANDS = bands("0.00", "10.00", "25.00", "50.00", "100.00", "200.00", "500.00");
    static final int[] RATING_FLOORS = {4, 3, 2, 1};

    private static final AggregationKey<Map<String, Long>> CATEGORIES = AggregationKey.of("categories");
    private static final AggregationKey<Map<Range<BigDecimal>, Long>> PRICES = AggregationKey.of("prices");
    private static final AggregationKey<Map<Range<BigDecimal>, Long>> RATINGS = AggregationKey.of("ratings");

    private final EntityManager em;

    SearchProductListing(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional(readOnly = true)
    public ProductPage list(ProductQuery query, CatalogLocale locale) {
        long offset = (long) (query.page() - 1) * query.limit();
        boolean beyond = offset + query.limit() > MAX_WINDOW;
        var search = Search.session(em).search(Product.class)
                .where(f -> ProductSearchQuery.predicate(f, query, locale))
                .sort(f -> sort(f, query, locale))
                .loading(o -> o.graph(pageGraph(), GraphSemantic.FETCH));
        if (query.facets()) {
            search = search
                    .aggregation(CATEGORIES, f -> f.terms().field(CATEGORY_ID, String.class).maxTermCount(100))
                    .aggregation(PRICES, f -> f.range().field(PRICE, BigDecimal.class).ranges(PRICE_BANDS))
                    .aggregation(RATINGS, f -> f.range().field(RATING, BigDecimal.class).ranges(ratingRanges()));
        }
        SearchResult<Product> result = beyond ? search.fetch(0, 0) : search.fetch((int) offset, query.limit());
        List<ProductResponse> data = beyond ? List.of()
                : result.hits().stream().map(p -> ProductResponse.of(p, locale)).toList();
        PageResponse<ProductResponse> page = PageResponse.of(data, query.page(), query.limit(),
                result.total().hitCount());
        return new ProductPage(page.data(), page.pagination(), query.facets() ? facets(result, locale) : null,
                locale.locale());
    }

    /** A page's products with what their answer shows in the same statement: category, translations. */
    private EntityGraph<Product> pageGraph() {
        EntityGraph<Product> graph = em.createEntityGraph(Product.class);
        graph.addAttributeNodes("translations");
        graph.addSubgraph("category").addAttributeNodes("translations");
        return graph;
    }

    private static SortFinalStep sort(TypedSearchSortFactory<NonStaticMetamodelScope> f, ProductQuery query,
            CatalogLocale locale) {
        ProductSort sort = query.sort() != null ? query.sort() : query.q() != null ? ProductSort.RELEVANCE
                : ProductSort.NEWEST;
        var composite = f.composite();
        switch (sort) {
            case PRICE_ASC -> composite.add(f.field(PRICE).asc());
            case PRICE_DESC -> composite.add(f.field(PRICE).desc());
            case RATING -> composite.add(f.field(RATING).desc()).add(f.field(RATING_COUNT).desc());
            // the name as this read shows it; a language added since the product was indexed sorts by its own name
            case NAME -> composite.add(f.field(sortKey(locale.locale(), locale.fallback())).asc().missing().last())
                    .add(f.field(NAME_SORT).asc());
            case NEWEST -> composite.add(f.field(CREATED_AT).desc());
            case RELEVANCE -> {
                if (query.q() != null) {
                    composite.add(f.score());
                }
                composite.add(f.field(CREATED_AT).desc());
            }
        }
        return composite.add(f.field(ID_KEY).asc());
    }

    private Facets facets(SearchResult<Product> result, CatalogLocale locale) {
        Map<String, Long> byCategory = result.aggregation(CATEGORIES);
        Map<UUID, Category> categories = byCategory.isEmpty() ? Map.of() : em.createQuery(
                        "select c from Category c where c.id in :ids", Category.class)
                .setParameter("ids", byCategory.keySet().stream().map(UUID::fromString).toList())
                .getResultStream().collect(Collectors.toMap(Category::getId, Function.identity()));
        List<CategoryCount> categoryCounts = new ArrayList<>();
        byCategory.forEach((id, count) -> {
            Category c = categories.get(UUID.fromString(id));
            if (c != null) {
                categoryCounts.add(new CategoryCount(c.getId(),
                        locale.text(c.getTranslations(), CategoryTranslation::getName, c.getName()),
                        locale.text(c.getTranslations(), CategoryTranslation::getSlug, c.getSlug()), count));
            }
        });
        Map<Range<BigDecimal>, Long> prices = result.aggregation(PRICES);
        List<PriceBand> bands = PRICE_BANDS.stream().map(r -> new PriceBand(r.lowerBoundValue().orElse(null),
                r.upperBoundValue().orElse(null), prices.getOrDefault(r, 0L))).toList();
        Map<Range<BigDecimal>, Long> ratings = result.aggregation(RATINGS);
        List<RatingCount> ratingCounts = new ArrayList<>();
        for (int floor : RATING_FLOORS) {
            ratingCounts.add(new RatingCount(floor, ratings.getOrDefault(Range.atLeast(BigDecimal.valueOf(floor)), 0L)));
        }
        return new Facets(categoryCounts, bands, ratingCounts);
    }

    private static List<Range<BigDecimal>> ratingRanges() {
        List<Range<BigDecimal>> ranges = new ArrayList<>();
        for (int floor : RATING_FLOORS) {
            ranges.add(Range.atLeast(BigDecimal.valueOf(floor)));
        }
        return ranges;
    }

    /** [b0, b1), [b1, b2), ..., [bn, +inf). */
    private static List<Range<BigDecimal>> bands(String... bounds) {
        List<Range<BigDecimal>> ranges = new ArrayList<>();
        for (int i = 0; i < bounds.length; i++) {
            BigDecimal from = new BigDecimal(bounds[i]);
            ranges.add(i + 1 < bounds.length ? Range.canonical(from, new BigDecimal(bounds[i + 1]))
                    : Range.atLeast(from));
        }
        return ranges;
    }
}
