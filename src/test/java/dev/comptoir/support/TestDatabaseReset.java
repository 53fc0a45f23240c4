package dev.comptoir.support;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * On TEST_DB_URL's server, the suite starts from an empty schema so that runs do not see each
 * other's rows. (The embedded test database is new for each run anyway.)
 */
@Configuration(proxyBeanMethods = false)
@Profile("test")
class TestDatabaseReset {

    @Bean
    FlywayMigrationStrategy cleanThenMigrate(@Value("${comptoir.db.url:}") String url,
            @Value("${comptoir.test.clean-database:true}") boolean clean) {
        return flyway -> {
            if (clean && !url.isBlank()) {
                flyway.clean();
            }
            flyway.migrate();
        };
    }
}
