package dev.comptoir.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.comptoir.shared.ComptoirProperties;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileSystemUtils;

/**
 * The one DataSource: a pooled connection to DB_URL, or to an embedded PostgreSQL whose data
 * directory is DATA_DIR/postgres (kept across restarts; password-protected, see {@link EmbeddedDatabase})
 * — or a throw-away one for tests.
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
            EmbeddedDatabase.Started pg = EmbeddedDatabase.start(app.dataDir(), db.ephemeral(), 300);
            config.setJdbcUrl(pg.jdbcUrl());
            config.setUsername(EmbeddedDatabase.USER);
            config.setPassword(pg.password());
            return new EmbeddedAwareDataSource(config, pg.server(), db.ephemeral() ? pg.directory() : null);
        }
        config.setJdbcUrl(db.url());
        config.setUsername(db.user());
        config.setPassword(db.password());
        return new HikariDataSource(config);
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
