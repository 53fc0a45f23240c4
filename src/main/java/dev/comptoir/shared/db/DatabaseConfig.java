package dev.comptoir.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.comptoir.shared.ComptoirProperties;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileSystemUtils;

/**
 * The one DataSource: a pooled connection to DB_URL, or to an embedded PostgreSQL whose data
 * directory is DATA_DIR/postgres (kept across restarts) — or a throw-away one for tests.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfig.class);

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseProperties db, ComptoirProperties app) throws IOException {
        HikariConfig config = new HikariConfig();
        config.setPoolName("comptoir");
        config.setMaximumPoolSize(db.poolMax());
        config.setConnectionTimeout(db.connectionTimeout().toMillis());
        config.setValidationTimeout(Math.min(db.connectionTimeout().toMillis(), 2000));
        // the driver's messages then leave out the server's detail, hint and context, which quote row
        // and parameter values (an email, a password hash): nothing logged can hold them
        config.addDataSourceProperty("logServerErrorDetail", "false");
        if (db.embedded()) {
            EmbeddedPostgres pg = startEmbedded(db, app.dataDir());
            config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
            config.setUsername("postgres");
            return new EmbeddedAwareDataSource(config, pg, db.ephemeral() ? dataDirOf(db, app) : null);
        }
        config.setJdbcUrl(db.url());
        config.setUsername(db.user());
        config.setPassword(db.password());
        return new HikariDataSource(config);
    }

    private static Path dataDirOf(DatabaseProperties db, ComptoirProperties app) {
        return app.dataDir().resolve("postgres");
    }

    private static EmbeddedPostgres startEmbedded(DatabaseProperties db, Path dataDir) throws IOException {
        Path dir = dataDir.resolve("postgres");
        if (db.ephemeral()) {
            FileSystemUtils.deleteRecursively(dir);
        }
        Files.createDirectories(dir);
        long start = System.nanoTime();
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "300")
                .start();
        log.info("Embedded PostgreSQL started on port {} with data in {} ({} ms)", pg.getPort(), dir,
                (System.nanoTime() - start) / 1_000_000);
        return pg;
    }

    /** Closes the pool first, then stops the embedded server (and deletes a throw-away data dir). */
    static final class EmbeddedAwareDataSource extends HikariDataSource implements DataSource {
        private final EmbeddedPostgres pg;
        private final Path deleteOnClose;

        EmbeddedAwareDataSource(HikariConfig config, EmbeddedPostgres pg, Path deleteOnClose) {
            super(config);
            this.pg = pg;
            this.deleteOnClose = deleteOnClose;
        }

        @Override
        public void close() {
            super.close();
            try {
                pg.close();
                if (deleteOnClose != null) {
                    FileSystemUtils.deleteRecursively(deleteOnClose);
                }
            } catch (IOException e) {
                log.warn("Could not stop the embedded PostgreSQL cleanly", e);
            }
        }
    }
}
