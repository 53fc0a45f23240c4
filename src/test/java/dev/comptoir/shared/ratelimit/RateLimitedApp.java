package dev.comptoir.shared.ratelimit;

import com.zaxxer.hikari.HikariDataSource;
import dev.comptoir.ComptoirApplication;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second application, started on a random port with rate limits on, on the database of the shared test
 * context (no second embedded PostgreSQL, no clean). Settings are passed as command-line arguments so
 * that they win over application-test.yml.
 */
final class RateLimitedApp implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private RateLimitedApp(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static RateLimitedApp start(DataSource shared, String name, String... settings) throws SQLException {
        HikariDataSource db = shared.unwrap(HikariDataSource.class);
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--comptoir.data-dir=target/test-data-" + name,
                "--comptoir.db.url=" + db.getJdbcUrl(),
                "--comptoir.db.user=" + db.getUsername(),
                "--comptoir.db.password=" + (db.getPassword() == null ? "" : db.getPassword()),
                "--comptoir.db.pool-max=3",
                "--comptoir.test.clean-database=false",
                // the shared context owns the outbox: do not replay its pending events here
                "--spring.modulith.events.republish-outstanding-events-on-restart=false",
                "--comptoir.rate-limit.enabled=true"));
        for (String setting : settings) {
            args.add("--" + setting);
        }
        return new RateLimitedApp(new SpringApplicationBuilder(ComptoirApplication.class)
                .profiles("test")
                .run(args.toArray(String[]::new)));
    }

    int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
