package dev.comptoir.analytics;

import dev.comptoir.analytics.Reports.CurrencyTotals;
import dev.comptoir.analytics.Reports.Point;
import dev.comptoir.analytics.Reports.Summary;
import dev.comptoir.analytics.Reports.TopCategory;
import dev.comptoir.analytics.Reports.TopProduct;
import dev.comptoir.shared.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports, on the analytics tables only. Revenue is the total of orders paid in the range (what
 * the customer paid: after discount, with tax and shipping); refunds count when they happened; product
 * and category figures are line totals (before the order's discount, tax and shipping) of those orders.
 */
@Component
class AnalyticsQueries {

    private final JdbcTemplate jdbc;

    AnalyticsQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    enum Interval { DAY, WEEK }

    /**
     * The summary of {@code currency} (its members at the top, as before markets) and, in {@code
     * byCurrency}, the same money figures for every currency with paid orders or refunds in the range,
     * {@code currency} always among them: each sum is over one currency, never over two.
     */
    @Transactional(readOnly = true)
    Summary summary(ReportRange range, String currency) {
        Timestamp from = Timestamp.from(range.start());
        Timestamp to = Timestamp.from(range.endExclusive());
        Map<String, Object[]> paid = new TreeMap<>();
        jdbc.query("SELECT currency, sum(total), count(*) FROM analytics_orders "
                        + "WHERE paid_at >= ? AND paid_at < ? GROUP BY currency",
                (RowCallbackHandler) rs -> paid.put(rs.getString(1), new Object[] {rs.getBigDecimal(2), rs.getLong(3)}),
                from, to);
        Map<String, BigDecimal> refunds = new TreeMap<>();
        jdbc.query("SELECT o.currency, sum(r.amount) FROM analytics_refunds r "
                        + "JOIN analytics_orders o ON o.order_id = r.order_id "
                        + "WHERE r.refunded_at >= ? AND r.refunded_at < ? GROUP BY o.currency",
                (RowCallbackHandler) rs -> refunds.put(rs.getString(1), rs.getBigDecimal(2)), from, to);
        long customers = jdbc.queryForObject("SELECT count(*) FROM analytics_customers "
                + "WHERE registered_at >= ? AND registered_at < ?", Long.class, from, to);
        Set<String> currencies = new TreeSet<>(paid.keySet());
        currencies.addAll(refunds.keySet());
        currencies.add(currency);
        List<CurrencyTotals> byCurrency = currencies.stream()
                .map(c -> totals(c, paid.getOrDefault(c, new Object[] {null, 0L}), refunds.get(c))).toList();
        CurrencyTotals asked = byCurrency.stream().filter(t -> t.currency().equals(currency)).findFirst().orElseThrow();
        return new Summary(range.from(), range.to(), range.zone().getId(), currency, asked.revenue(),
                asked.orderCount(), asked.averageOrderValue(), asked.refunds(), asked.netRevenue(), customers,
                byCurrency);
    }

    private static CurrencyTotals totals(String currency, Object[] paid, BigDecimal refunded) {
        BigDecimal revenue = money((BigDecimal) paid[0], currency);
        long count = (long) paid[1];
        BigDecimal average = count == 0 ? money(null, currency)
                : revenue.divide(BigDecimal.valueOf(count), decimals(currency), RoundingMode.HALF_UP);
        BigDecimal refunds = money(refunded, currency);
        return new CurrencyTotals(currency, revenue, count, average, refunds, revenue.subtract(refunds));
    }

    /** One point per day or week (weeks start on Monday), zero-filled, in the range's time zone. */
    @Transactional(readOnly = true)
    List<Point> series(ReportRange range, Interval interval, String currency) {
        Timestamp from = Timestamp.from(range.start());
        Timestamp to = Timestamp.from(range.endExclusive());
        String unit = interval == Interval.DAY ? "day" : "week";
        String tz = range.zone().getId();
        Map<LocalDate, Object[]> paid = new HashMap<>();
        jdbc.query("SELECT date_trunc('" + unit + "', paid_at AT TIME ZONE ?)::date, sum(total), count(*) "
                        + "FROM analytics_orders WHERE paid_at >= ? AND paid_at < ? AND currency = ? GROUP BY 1",
                (RowCallbackHandler) rs -> paid.put(rs.getObject(1, LocalDate.class),
                        new Object[] {rs.getBigDecimal(2), rs.getLong(3)}), tz, from, to, currency);
        Map<LocalDate, BigDecimal> refunds = new HashMap<>();
        jdbc.query("SELECT date_trunc('" + unit + "', r.refunded_at AT TIME ZONE ?)::date, sum(r.amount) "
                        + "FROM analytics_refunds r JOIN analytics_orders o ON o.order_id = r.order_id "
                        + "WHERE r.refunded_at >= ? AND r.refunded_at < ? AND o.currency = ? GROUP BY 1",
                (RowCallbackHandler) rs -> refunds.put(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2)),
                tz, from, to, currency);
        Map<LocalDate, Long> customers = new HashMap<>();
        jdbc.query("SELECT date_trunc('" + unit + "', registered_at AT TIME ZONE ?)::date, count(*) "
                        + "FROM analytics_customers WHERE registered_at >= ? AND registered_at < ? GROUP BY 1",
                (RowCallbackHandler) rs -> customers.put(rs.getObject(1, LocalDate.class), rs.getLong(2)),
                tz, from, to);
        List<Point> points = new ArrayList<>();
        LocalDate period = interval == Interval.DAY ? range.from()
                : range.from().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (; !period.isAfter(range.to()); period = period.plusDays(interval == Interval.DAY ? 1 : 7)) {
            Object[] p = paid.getOrDefault(period, new Object[] {null, 0L});
            BigDecimal revenue = money((BigDecimal) p[0], currency);
            BigDecimal refunded = money(refunds.get(period), currency);
            points.add(new Point(period, revenue, (long) p[1], refunded, revenue.subtract(refunded),
                    customers.getOrDefault(period, 0L), currency));
        }
        return points;
    }

    @Transactional(readOnly = true)
    List<TopProduct> topProducts(ReportRange range, String currency, int limit, boolean byUnits) {
        return jdbc.query(top("product_id", "product_name", byUnits),
                (rs, i) -> new TopProduct(rs.getObject(1, java.util.UUID.class), rs.getString(2), rs.getLong(3),
                        money(rs.getBigDecimal(4), currency), currency),
                Timestamp.from(range.start()), Timestamp.from(range.endExclusive()), currency, limit);
    }

    /** Lines of products without a category are grouped under a null id, named "Uncategorized". */
    @Transactional(readOnly = true)
    List<TopCategory> topCategories(ReportRange range, String currency, int limit, boolean byUnits) {
        return jdbc.query(top("category_id", "category_name", byUnits),
                (rs, i) -> new TopCategory(rs.getObject(1, java.util.UUID.class),
                        rs.getString(2) == null ? "Uncategorized" : rs.getString(2), rs.getLong(3),
                        money(rs.getBigDecimal(4), currency), currency),
                Timestamp.from(range.start()), Timestamp.from(range.endExclusive()), currency, limit);
    }

    /**
     * Sums the lines paid in the range by {@code key} (an index-only scan of the paid lines), keeps the
     * top ones, then looks up each one's latest name.
     */
    private static String top(String key, String name, boolean byUnits) {
        String order = byUnits ? "t.units" : "t.revenue";
        return """
                SELECT t.key, n.name, t.units, t.revenue
                  FROM (SELECT %1$s AS key, sum(quantity) AS units, sum(line_total) AS revenue
                          FROM analytics_order_lines
                         WHERE paid_at >= ? AND paid_at < ? AND currency = ?
                         GROUP BY %1$s) t
                  LEFT JOIN LATERAL (SELECT x.%2$s AS name FROM analytics_order_lines x
                                      WHERE x.%1$s = t.key ORDER BY x.paid_at DESC LIMIT 1) n ON TRUE
                 ORDER BY %3$s DESC, t.key NULLS LAST LIMIT ?""".formatted(key, name, order);
    }

    /** Sums of amounts already in the currency's decimals: shown in them (JPY none). */
    private static BigDecimal money(BigDecimal value, String currency) {
        return Money.round(value == null ? BigDecimal.ZERO : value, currency);
    }

    private static int decimals(String currency) {
        return Money.decimals(currency);
    }
}
