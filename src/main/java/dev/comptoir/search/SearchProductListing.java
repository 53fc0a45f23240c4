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
import dev.comptoir.catalog.product.CatalogPrices;
import dev.comptoir.catalog.product.PriceDisplay;
import dev.comptoir.catalog.product.Product;
import dev.comptoir.catalog.product.ProductResponse;
import dev.comptoir.shared.money.Money;
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
 * {@code live=false} and filtered out, and so are those without a price in the market's currency.
 * Prices are indexed net; a filter or band on displayed prices (incl. tax in a tax-inclusive market)
 * becomes the exact range of net prices the market shows within it. The page shows the prices that
 * price lists give the reader (one more statement for the page), while filters, sorts and bands stay
 * on the regular prices the index holds.
 */
@Primary
@Component
class SearchProductListing implements ProductListing {

    /** Deeper pages are empty (with the true total): a search engine pays for offset + limit hits. */
    static final long MAX_WINDOW = 100_000;

    /** Band bounds as displayed, in a two-decimal currency; a zero-decimal one (JPY) takes them × 100. */
    static final List<String> PRICE_BOUNDS = List.of("0.00", "10.00", "25.00", "50.00", "100.00", "200.00", "500.00");
    static final int[] RATING_FLOORS = {4, 3, 2, 1};

    private static final AggregationKey<Map<String, Long>> CATEGORIES = AggregationKey.of("categories");
    private static final AggregationKey<Map<Range<BigDecimal>, Long>> PRICES = AggregationKey.of("prices");
    private static final AggregationKey<Map<Range<BigDecimal>, Long>> RATINGS = AggregationKey.of("ratings");

    private final EntityManager em;
    private final CatalogPrices prices;

    SearchProductListing(EntityManager em, CatalogPrices prices) {
        this.em = em;
        this.prices = prices;
    }

    @Override
    @Transactional(readOnly = true)
    public ProductPage list(ProductQuery query, CatalogLocale locale) {
        long offset = (long) (query.page() - 1) * query.limit();
        boolean beyond = offset + query.limit() > MAX_WINDOW;
        PriceDisplay market = query.market();
        String price = priceField(market.currency());
        List<Range<BigDecimal>> shownBands = bands(market.currency());
        var search = Search.session(em).search(Product.class)
                .where(f -> ProductSearchQuery.predicate(f, query, locale))
                .sort(f -> sort(f, query, price, locale))
                .loading(o -> o.graph(pageGraph(), GraphSemantic.FETCH));
        if (query.facets()) {
            search = search
                    .aggregation(CATEGORIES, f -> f.terms().field(CATEGORY_ID, String.class).maxTermCount(100))
                    .aggregation(PRICES, f -> f.range().field(price, BigDecimal.class)
                            .ranges(shownBands.stream().map(band -> netBand(band, market)).toList()))
                    .aggregation(RATINGS, f -> f.range().field(RATING, BigDecimal.class).ranges(ratingRanges()));
        }
        SearchResult<Product> result = beyond ? search.fetch(0, 0) : search.fetch((int) offset, query.limit());
        // a hit the index still has in the currency while the database no longer does is left out, not a 500
        List<Product> sold = beyond ? List.of() : result.hits().stream().filter(market::sells).toList();
        PriceDisplay priced = prices.applied(market, sold);
        List<ProductResponse> data = sold.stream().map(p -> ProductResponse.of(p, priced, locale)).toList();
        PageResponse<ProductResponse> page = PageResponse.of(data, query.page(), query.limit(),
                result.total().hitCount());
        return new ProductPage(page.data(), page.pagination(), market.market(), market.currency(),
                query.facets() ? facets(result, shownBands, market, locale) : null, locale.locale());
    }

    /** A page's products with what their answer shows in the same statement: category, translations. */
    private EntityGraph<Product> pageGraph() {
        EntityGraph<Product> graph = em.createEntityGraph(Product.class);
        graph.addAttributeNodes("translations");
        graph.addSubgraph("category").addAttributeNodes("translations");
        return graph;
    }

    private static SortFinalStep sort(TypedSearchSortFactory<NonStaticMetamodelScope> f, ProductQuery query,
            String price, CatalogLocale locale) {
        ProductSort sort = query.sort() != null ? query.sort() : query.q() != null ? ProductSort.RELEVANCE
                : ProductSort.NEWEST;
        var composite = f.composite();
        switch (sort) {
            // net order is displayed order: the shown price never decreases when the net one grows
            case PRICE_ASC -> composite.add(f.field(price).asc());
            case PRICE_DESC -> composite.add(f.field(price).desc());
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

    private Facets facets(SearchResult<Product> result, List<Range<BigDecimal>> shownBands, PriceDisplay market,
            CatalogLocale locale) {
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
        List<PriceBand> bands = shownBands.stream().map(r -> new PriceBand(r.lowerBoundValue().orElse(null),
                r.upperBoundValue().orElse(null), prices.getOrDefault(netBand(r, market), 0L))).toList();
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

    /** [b0, b1), [b1, b2), ..., [bn, +inf) as displayed in {@code currency}, at its decimals. */
    static List<Range<BigDecimal>> bands(String currency) {
        int decimals = Money.decimals(currency);
        List<BigDecimal> bounds = PRICE_BOUNDS.stream()
                .map(b -> new BigDecimal(b).movePointRight(2 - decimals).setScale(decimals)).toList();
        List<Range<BigDecimal>> ranges = new ArrayList<>();
        for (int i = 0; i < bounds.size(); i++) {
            ranges.add(i + 1 < bounds.size() ? Range.canonical(bounds.get(i), bounds.get(i + 1))
                    : Range.atLeast(bounds.get(i)));
        }
        return ranges;
    }

    /** The net prices the market displays within a band: [lowest net shown from, lowest net shown to). */
    private static Range<BigDecimal> netBand(Range<BigDecimal> shown, PriceDisplay market) {
        BigDecimal from = market.lowestNetShownFrom(shown.lowerBoundValue().orElseThrow());
        return shown.upperBoundValue().map(to -> Range.canonical(from, market.lowestNetShownFrom(to)))
                .orElseGet(() -> Range.atLeast(from));
    }
}
