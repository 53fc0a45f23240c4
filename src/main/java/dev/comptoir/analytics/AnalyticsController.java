package dev.comptoir.analytics;

import dev.comptoir.analytics.AnalyticsQueries.Interval;
import dev.comptoir.analytics.Reports.LowStock;
import dev.comptoir.analytics.Reports.Point;
import dev.comptoir.analytics.Reports.Series;
import dev.comptoir.analytics.Reports.Summary;
import dev.comptoir.analytics.Reports.TopCategory;
import dev.comptoir.analytics.Reports.TopProduct;
import dev.comptoir.catalog.CatalogService;
import dev.comptoir.catalog.SkuView;
import dev.comptoir.catalog.StockQuery;
import dev.comptoir.markets.Markets;
import dev.comptoir.shared.money.Money;
import dev.comptoir.shared.openapi.ApiHeader;
import dev.comptoir.shared.openapi.ApiHeaders;
import dev.comptoir.shared.openapi.ErrorCodes;
import dev.comptoir.shared.web.InstantParam;
import dev.comptoir.shared.web.PageQuery;
import dev.comptoir.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/admin/analytics}: reports over a date range read in a time zone ({@code from}, {@code to}
 * inclusive ISO dates, {@code tz} default UTC, {@code currency} default the default market's: money is
 * never summed over two currencies). JSON, or CSV with
 * {@code Accept: text/csv}.
 */
@Tag(name = "Admin: analytics", description = "Revenue, orders, refunds, customers, top sellers (analytics:read)")
@RestController
@RequestMapping("/api/admin/analytics")
@PreAuthorize("hasAuthority('analytics:read')")
@ApiHeaders(ApiHeader.CSV)
@ErrorCodes(status = HttpStatus.BAD_REQUEST, value = "invalid_data")
class AnalyticsController {

    private final AnalyticsQueries queries;
    private final CatalogService catalog;
    private final Markets markets;
    private final Clock clock;

    AnalyticsController(AnalyticsQueries queries, CatalogService catalog, Markets markets, Clock clock) {
        this.queries = queries;
        this.catalog = catalog;
        this.markets = markets;
        this.clock = clock;
    }

    @Operation(operationId = "getSalesSummary", summary = "Sales summary",
            description = "Revenue, order count, average order value, refunds, net revenue and new customers of "
            + "paid orders from `from` to `to` (dates, inclusive, in `tz`; default the last 30 days), in `currency` "
            + "(default the default market's); `byCurrency` gives the money figures of every currency with sales or "
            + "refunds in the range, each in its own currency (never added together). The CSV has one line per "
            + "currency. Needs analytics:read.")
    @ApiResponse(responseCode = "200", description = "The summary", content = @Content(schema = @Schema(implementation = Summary.class)))
    @GetMapping("/summary")
    ResponseEntity<?> summary(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String tz, @RequestParam(required = false) String currency,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Summary summary = queries.summary(ReportRange.parse(from, to, tz, clock), currency(currency));
        return CsvReports.wantsCsv(accept)
                ? CsvReports.answer("summary", Reports.SummaryLine.class, Reports.SummaryLine.of(summary))
                : ResponseEntity.ok(summary);
    }

    @Operation(operationId = "getSalesSeries", summary = "Sales per day or week",
            description = "Revenue, orders, refunds and new customers per day or week (weeks start on Monday), "
            + "zero-filled, over the same range as the summary. Needs analytics:read.")
    @ApiResponse(responseCode = "200", description = "The series", content = @Content(schema = @Schema(implementation = Series.class)))
    @GetMapping("/series")
    ResponseEntity<?> series(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String tz, @RequestParam(required = false) String currency,
            @Parameter(schema = @Schema(allowableValues = {"day", "week"})) @RequestParam(defaultValue = "day") String interval,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Interval unit = switch (interval.toLowerCase(Locale.ROOT)) {
            case "day" -> Interval.DAY;
            case "week" -> Interval.WEEK;
            default -> throw InstantParam.invalid("interval", "must be day or week");
        };
        ReportRange range = ReportRange.parse(from, to, tz, clock);
        List<Point> points = queries.series(range, unit, currency(currency));
        return CsvReports.wantsCsv(accept) ? CsvReports.answer("series", Point.class, points)
                : ResponseEntity.ok(new Series(unit.name().toLowerCase(Locale.ROOT), range.zone().getId(),
                        currency(currency), points));
    }

    @Operation(operationId = "getTopProducts", summary = "Best-selling products",
            description = "The best-selling products by revenue (line totals) or units over the range. Needs "
            + "analytics:read.")
    @ApiResponse(responseCode = "200", description = "The products", content = @Content(schema = @Schema(implementation = Reports.TopProducts.class)))
    @GetMapping("/top-products")
    ResponseEntity<?> topProducts(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String tz,
            @RequestParam(required = false) String currency, @RequestParam(defaultValue = "10") int limit,
            @Parameter(schema = @Schema(allowableValues = {"revenue", "units"})) @RequestParam(defaultValue = "revenue") String by,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        List<TopProduct> rows = queries.topProducts(ReportRange.parse(from, to, tz, clock), currency(currency),
                limit(limit), byUnits(by));
        return CsvReports.wantsCsv(accept) ? CsvReports.answer("top-products", TopProduct.class, rows)
                : ResponseEntity.ok(new Reports.TopProducts(by, rows));
    }

    @Operation(operationId = "getTopCategories", summary = "Best-selling categories",
            description = "The best-selling categories by revenue (line totals) or units over the range. Needs "
            + "analytics:read.")
    @ApiResponse(responseCode = "200", description = "The categories", content = @Content(schema = @Schema(implementation = Reports.TopCategories.class)))
    @GetMapping("/top-categories")
    ResponseEntity<?> topCategories(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String tz,
            @RequestParam(required = false) String currency, @RequestParam(defaultValue = "10") int limit,
            @Parameter(schema = @Schema(allowableValues = {"revenue", "units"})) @RequestParam(defaultValue = "revenue") String by,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        List<TopCategory> rows = queries.topCategories(ReportRange.parse(from, to, tz, clock), currency(currency),
                limit(limit), byUnits(by));
        return CsvReports.wantsCsv(accept) ? CsvReports.answer("top-categories", TopCategory.class, rows)
                : ResponseEntity.ok(new Reports.TopCategories(by, rows));
    }

    @Operation(operationId = "getLowStock", summary = "SKUs low in stock",
            description = "Sellable SKUs with at most `threshold` units (default 10), by SKU, paged; `q` matches "
            + "SKU or name. Needs analytics:read.")
    @ApiResponse(responseCode = "200", description = "The SKUs", content = @Content(schema = @Schema(implementation = Reports.LowStockPage.class)))
    @GetMapping("/low-stock")
    ResponseEntity<?> lowStock(@Valid PageQuery page, @RequestParam(defaultValue = "10") int threshold,
            @RequestParam(required = false) String q,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        if (threshold < 0 || threshold > 1_000_000) {
            throw InstantParam.invalid("threshold", "must be between 0 and 1000000");
        }
        PageResponse<SkuView> found = catalog.stockLevels(new StockQuery(q, threshold, page.pageOrDefault(),
                page.limitOrDefault()));
        List<LowStock> rows = found.data().stream().map(s -> new LowStock(s.sku(), s.name(), s.productId(),
                s.variantId(), s.stock(), s.active())).toList();
        return CsvReports.wantsCsv(accept) ? CsvReports.answer("low-stock", LowStock.class, rows)
                : ResponseEntity.ok(new Reports.LowStockPage(rows, found.pagination()));
    }

    /** The asked currency, else the default market's; a report is always of one currency. */
    private String currency(String currency) {
        if (currency == null || currency.isBlank()) {
            return markets.defaultMarket().currency();
        }
        if (!Money.isSupported(currency.trim())) {
            throw InstantParam.invalid("currency", "must be a three-letter ISO 4217 code with 0 or 2 decimals");
        }
        return currency.trim().toUpperCase(Locale.ROOT);
    }

    private static int limit(int limit) {
        if (limit < 1 || limit > 100) {
            throw InstantParam.invalid("limit", "must be between 1 and 100");
        }
        return limit;
    }

    private static boolean byUnits(String by) {
        return switch (by.toLowerCase(Locale.ROOT)) {
            case "revenue" -> false;
            case "units" -> true;
            default -> throw InstantParam.invalid("by", "must be revenue or units");
        };
    }
}
