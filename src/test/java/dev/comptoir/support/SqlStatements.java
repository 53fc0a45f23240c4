package dev.comptoir.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Records the SQL that Hibernate prepares (registered in the test profile), so that a test can
 * count the statements one request costs. Background work of the platform itself (the outbox's
 * retry job polls event_publication every second in tests, the order expiry job every five seconds: any
 * scheduled job, on Spring's {@code scheduling-} threads) is left out of the count.
 */
public class SqlStatements implements StatementInspector {

    private static final List<String> RECORDED = new CopyOnWriteArrayList<>();

    @Override
    public String inspect(String sql) {
        if (!Thread.currentThread().getName().startsWith("scheduling-")) {
            RECORDED.add(sql);
        }
        return sql;
    }

    public static void reset() {
        RECORDED.clear();
    }

    public static long count() {
        return RECORDED.stream().filter(sql -> !sql.contains("event_publication")).count();
    }
}
