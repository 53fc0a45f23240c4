package dev.comptoir.analytics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestTokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not part of the suite (its name does not end in Tests): what the reports cost on 100,000 orders.
 * Run with {@code ./mvnw verify -Dtest=AnalyticsCostBench}; it prints the timings and cleans up.
 */
@SystemTest
class AnalyticsCostBench {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestTokens tokens;

    @Test
    void reportsOverAHundredThousandOrders() throws Exception {
        long t0 = System.nanoTime();
        run("bench/analytics-100k.sql");
        System.out.printf("BENCH generated in %d ms: %s orders, %s lines%n", (System.nanoTime() - t0) / 1_000_000,
                jdbc.queryForObject("SELECT count(*) FROM analytics_orders WHERE order_number LIKE 'BENCH-%'", Long.class),
                jdbc.queryForObject("SELECT count(*) FROM analytics_order_lines WHERE sku LIKE 'BENCH-%'", Long.class));
        try {
            String token = tokens.staff("analytics:read");
            for (String[] range : List.of(new String[] {"3001-01-01", "3001-12-31", "year"},
                    new String[] {"3001-06-01", "3001-06-30", "month"})) {
                Map<String, String> params = Map.of("from", range[0], "to", range[1], "tz", "Europe/Paris");
                List<String> routes = List.of("summary", "series", "top-products", "top-categories");
                for (int warm = 0; warm < 2; warm++) {
                    routes.forEach(r -> given().auth().oauth2(token).queryParams(params).get("/api/admin/analytics/" + r)
                            .then().statusCode(200));
                }
                long[] totals = new long[7];
                for (int i = 0; i < totals.length; i++) {
                    long start = System.nanoTime();
                    List<Long> each = new ArrayList<>();
                    for (String route : routes) {
                        long s = System.nanoTime();
                        given().auth().oauth2(token).queryParams(params).get("/api/admin/analytics/" + route).then()
                                .statusCode(200);
                        each.add((System.nanoTime() - s) / 1_000_000);
                    }
                    totals[i] = (System.nanoTime() - start) / 1_000_000;
                    System.out.println("BENCH " + range[2] + " run " + i + " per route (ms) " + routes + " " + each);
                }
                Arrays.sort(totals);
                System.out.println("BENCH " + range[2] + ": summary + series + top-products + top-categories, median "
                        + totals[totals.length / 2] + " ms (min " + totals[0] + ", max " + totals[totals.length - 1] + ")");
            }
            String revenue = given().auth().oauth2(token).queryParam("from", "3001-01-01").queryParam("to", "3001-12-31")
                    .queryParam("tz", "UTC").get("/api/admin/analytics/summary").then().extract().path("orderCount")
                    .toString();
            assertThat(revenue).isEqualTo("100000");
            explain("""
                    SELECT product_id, sum(quantity), sum(line_total) FROM analytics_order_lines
                     WHERE paid_at >= '3001-01-01' AND paid_at < '3002-01-01' AND currency = 'EUR'
                     GROUP BY product_id ORDER BY sum(line_total) DESC, product_id LIMIT 10""");
            explain("""
                    SELECT coalesce(sum(total), 0), count(*) FROM analytics_orders
                     WHERE paid_at >= '3001-06-01' AND paid_at < '3001-07-01' AND currency = 'EUR'""");
        } finally {
            run("bench/analytics-100k-cleanup.sql");
        }
    }

    private void explain(String sql) {
        System.out.println("BENCH EXPLAIN\n" + String.join("\n",
                jdbc.queryForList("EXPLAIN (ANALYZE, BUFFERS) " + sql, String.class)));
    }

    private void run(String file) throws Exception {
        String sql = Files.readString(Path.of(file)).replaceAll("(?m)^--.*$", "");
        for (String statement : sql.split(";\\s*\\n")) {
            if (!statement.isBlank()) {
                jdbc.execute(statement);
            }
        }
    }
}
