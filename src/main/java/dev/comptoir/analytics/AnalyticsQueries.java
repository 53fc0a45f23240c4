package dev.comptoir.analytics;

import dev.comptoir.analytics.Reports.Point;
import dev.comptoir.analytics.Reports.Summary;
import dev.comptoir.analytics.Reports.TopCategory;
import dev.comptoir.analytics.Reports.TopProduct;
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

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private final JdbcTemplate jdbc;

    AnalyticsQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    enum Interval { DAY, WEEK }

    @Transactional(readOnly = true)
    Summary summary(ReportRange range, String currency) {
        Timestamp from = Timestamp.from(range.start());
        Timestamp to = Timestamp.from(range.endExclusive());
        Object[] paid = jdbc.queryForObject("SELECT coalesce(sum(total), 0), count(*) FROM analytics_orders "
                        + "WHERE paid_at >= ? AND paid_at < ? AND currency = ?",
                (rs, i) -> new Object[] {rs.getBigDecimal(1), rs.getLong(2)}, from, to, currency);
        BigDecimal refunds = jdbc.queryForObject("SELECT coalesce(sum(r.amount), 0) FROM analytics_refunds r "
                + "JOIN analytics_orders o ON o.order_id = r.order_id "
                + "WHERE r.refunded_at >= ? AND r.refunded_at < ? AND o.currency = ?", BigDecimal.class, from, to, currency);
        long customers = jdbc.queryForObject("SELECT count(*) FROM analytics_customers "
                + "WHERE registered_at >= ? AND registered_at < ?", Long.class, from, to);
        BigDecimal revenue = money((BigDecimal) paid[0]);
        long count = (long) paid[1];
        BigDecimal average = count == 0 ? ZERO : revenue.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
        return new Summary(range.from(), range.to(), range.zone().getId(), currency, revenue, count, average,
                money(refunds), revenue.subtract(money(refunds)), customers);
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
            Object[] p = paid.getOrDefault(period, new Object[] {ZERO, 0L});
            BigDecimal revenue = money((BigDecimal) p[0]);
            BigDecimal refunded = money(refunds.getOrDefault(period, ZERO));
            points.add(new Point(period, revenue, (long) p[1], refunded, revenue.subtract(refunded),
                    customers.getOrDefault(period, 0L)));
        }
        return points;
    }

    @Transactional(readOnly = true)
    List<TopProduct> topProducts(ReportRange range, String currency, int limit, boolean byUnits) {
        return jdbc.query(top("product_id", "product_name", byUnits),
                (rs, i) -> new TopProduct(rs.getObject(1, java.util.UUID.class), rs.getString(2), rs.getLong(3),
                        money(rs.getBigDecimal(4))),
                Timestamp.from(range.start()), Timestamp.from(range.endExclusive()), currency, limit);
    }

    /** Lines of products without a category are grouped under a null id, named "Uncategorized". */
    @Transactional(readOnly = true)
    List<TopCategory> topCategories(ReportRange range, String currency, int limit, boolean byUnits) {
        return jdbc.query(top("category_id", "category_name", byUnits),
                (rs, i) -> new TopCategory(rs.getObject(1, java.util.UUID.class),
                        rs.getString(2) == null ? "Uncategorized" : rs.getString(2), rs.getLong(3),
                        money(rs.getBigDecimal(4))),
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

    private static BigDecimal money(BigDecimal value) {
        return value == null ? ZERO : value.setScale(2, RoundingMode.HALF_UP);
    }
}
