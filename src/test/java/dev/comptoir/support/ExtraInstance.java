package dev.comptoir.support;

import com.zaxxer.hikari.HikariDataSource;
import dev.comptoir.ComptoirApplication;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts another Comptoir instance in the test JVM, on a random port, sharing the main test
 * context's database (no second embedded PostgreSQL), for tests of several instances or of
 * special settings.
 */
public final class ExtraInstance {

    private ExtraInstance() {}

    public static ConfigurableApplicationContext start(DataSource mainDataSource, Map<String, Object> properties) {
        HikariDataSource main = (HikariDataSource) mainDataSource;
        Map<String, Object> props = new HashMap<>();
        props.put("server.port", 0);
        props.put("comptoir.db.url", main.getJdbcUrl());
        props.put("comptoir.db.user", main.getUsername());
        props.put("comptoir.db.password", main.getPassword() == null ? "" : main.getPassword());
        props.put("comptoir.db.ephemeral", false);
        props.put("comptoir.test.clean-database", false);
        props.put("comptoir.data-dir", "target/test-data-" + UUID.randomUUID());
        props.put("spring.mail.host", "127.0.0.1"); // the test JVM's mail server, as in the main context
        props.put("spring.mail.port", TestMailServer.port());
        props.putAll(properties);
        // command-line arguments, so that they win over application.yml and the test profile
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(ComptoirApplication.class).profiles("test").run(args);
    }

    public static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
