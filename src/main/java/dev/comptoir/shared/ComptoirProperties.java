package dev.comptoir.shared;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Top-level settings: where local state lives ({@code DATA_DIR}: embedded database, search index,
 * generated secrets) and whether to load demo data ({@code DEMO_DATA}; unset means "only on the
 * embedded default").
 */
@ConfigurationProperties("comptoir")
public record ComptoirProperties(@DefaultValue("./data") Path dataDir, Boolean demoData) {

    public ComptoirProperties {
        if (dataDir.toString().isBlank()) {
            throw new InvalidConfigurationException("DATA_DIR", "must not be empty");
        }
        dataDir = dataDir.toAbsolutePath().normalize();
    }
}
