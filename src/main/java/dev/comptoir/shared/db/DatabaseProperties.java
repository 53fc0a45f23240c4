package dev.comptoir.shared.db;

import dev.comptoir.shared.InvalidConfigurationException;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Database settings. With no {@code url} (DB_URL) the application runs an embedded PostgreSQL under
 * DATA_DIR; with one, it uses that server and starts nothing.
 */
@ConfigurationProperties("comptoir.db")
public record DatabaseProperties(
        String url,
        @DefaultValue("postgres") String user,
        String password,
        @DefaultValue("10") int poolMax,
        @DefaultValue("5s") Duration connectionTimeout,
        @DefaultValue("false") boolean ephemeral) {

    public DatabaseProperties {
        if (url != null && !url.isBlank() && !url.startsWith("jdbc:postgresql://")) {
            throw new InvalidConfigurationException("DB_URL",
                    "must be a PostgreSQL JDBC URL like jdbc:postgresql://host:5432/comptoir (got '" + url + "')");
        }
        if (poolMax < 1 || poolMax > 500) {
            throw new InvalidConfigurationException("DB_POOL_MAX", "must be between 1 and 500 (got " + poolMax + ")");
        }
        if (connectionTimeout.toMillis() < 250) {
            throw new InvalidConfigurationException("comptoir.db.connection-timeout", "must be at least 250ms");
        }
    }

    public boolean embedded() {
        return url == null || url.isBlank();
    }
}
