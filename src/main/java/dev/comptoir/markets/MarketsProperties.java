package dev.comptoir.markets;

import dev.comptoir.shared.InvalidConfigurationException;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code comptoir.markets.cache-ttl}: how long an instance keeps the markets it read (5 s by default,
 * as the catalog's response cache). A write evicts them at once on the instance that made it; other
 * instances see it within the ttl. 0 reads the database every time.
 */
@ConfigurationProperties("comptoir.markets")
record MarketsProperties(@DefaultValue("5s") Duration cacheTtl) {

    MarketsProperties {
        if (cacheTtl.isNegative() || cacheTtl.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new InvalidConfigurationException("comptoir.markets.cache-ttl",
                    "must be from 0s to 10m (got " + cacheTtl + ")");
        }
    }
}
