package dev.comptoir.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** The rows the analytics routes answer (JSON objects, or CSV lines with the same columns). */
final class Reports {

    private Reports() {}

    record Summary(LocalDate from, LocalDate to, String timeZone, String currency, BigDecimal revenue,
            long orderCount, BigDecimal averageOrderValue, BigDecimal refunds, BigDecimal netRevenue,
            long newCustomers) {}

    record Point(LocalDate period, BigDecimal revenue, long orderCount, BigDecimal refunds, BigDecimal netRevenue,
            long newCustomers) {}

    record Series(String interval, String timeZone, String currency, java.util.List<Point> data) {}

    record TopProduct(UUID productId, String name, long units, BigDecimal revenue) {}

    record TopCategory(UUID categoryId, String name, long units, BigDecimal revenue) {}

    record LowStock(String sku, String name, UUID productId, UUID variantId, int stock, boolean active) {}

    record TopProducts(String by, java.util.List<TopProduct> data) {}

    record TopCategories(String by, java.util.List<TopCategory> data) {}

    record LowStockPage(java.util.List<LowStock> data, dev.comptoir.shared.web.PageResponse.Pagination pagination) {}
}
