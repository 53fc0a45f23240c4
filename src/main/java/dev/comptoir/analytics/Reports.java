package dev.comptoir.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** The rows the analytics routes answer (JSON objects, or CSV lines with the same columns). */
final class Reports {

    private Reports() {}

    /**
     * The money figures are {@code currency}'s (the asked one, default the default market's); {@code
     * byCurrency} has them for every currency with sales or refunds in the range (the asked one too),
     * each summed in its own currency: currencies are never added together.
     */
    record Summary(LocalDate from, LocalDate to, String timeZone, String currency, BigDecimal revenue,
            long orderCount, BigDecimal averageOrderValue, BigDecimal refunds, BigDecimal netRevenue,
            long newCustomers, java.util.List<CurrencyTotals> byCurrency) {}

    /** One currency's figures of a summary, amounts in its decimals; also a line of the summary's CSV. */
    record CurrencyTotals(String currency, BigDecimal revenue, long orderCount, BigDecimal averageOrderValue,
            BigDecimal refunds, BigDecimal netRevenue) {}

    /** A line of the summary's CSV: the range, then one currency's figures (one line per currency). */
    record SummaryLine(LocalDate from, LocalDate to, String timeZone, String currency, BigDecimal revenue,
            long orderCount, BigDecimal averageOrderValue, BigDecimal refunds, BigDecimal netRevenue,
            long newCustomers) {

        static java.util.List<SummaryLine> of(Summary s) {
            return s.byCurrency().stream().map(c -> new SummaryLine(s.from(), s.to(), s.timeZone(), c.currency(),
                    c.revenue(), c.orderCount(), c.averageOrderValue(), c.refunds(), c.netRevenue(),
                    s.newCustomers())).toList();
        }
    }

    /** {@code revenue}, {@code refunds} and {@code netRevenue} in {@code currency} (a series is of one currency). */
    record Point(LocalDate period, BigDecimal revenue, long orderCount, BigDecimal refunds, BigDecimal netRevenue,
            long newCustomers, String currency) {}

    record Series(String interval, String timeZone, String currency, java.util.List<Point> data) {}

    /** {@code revenue} in {@code currency}: a report of top sellers is of one currency. */
    record TopProduct(UUID productId, String name, long units, BigDecimal revenue, String currency) {}

    record TopCategory(UUID categoryId, String name, long units, BigDecimal revenue, String currency) {}

    record LowStock(String sku, String name, UUID productId, UUID variantId, int stock, boolean active) {}

    record TopProducts(String by, java.util.List<TopProduct> data) {}

    record TopCategories(String by, java.util.List<TopCategory> data) {}

    record LowStockPage(java.util.List<LowStock> data, dev.comptoir.shared.web.PageResponse.Pagination pagination) {}
}
