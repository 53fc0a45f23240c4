package dev.comptoir.shared.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * HTTP platform settings: allowed CORS origins ({@code CORS_ORIGINS}, comma separated) and the body limit.
 */
@ConfigurationProperties("comptoir.http")
public record HttpProperties(
        @DefaultValue("10MB") DataSize maxBodySize,
        @DefaultValue List<String> corsOrigins) {

    public HttpProperties {
        corsOrigins = corsOrigins == null ? List.of()
                : corsOrigins.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (String origin : corsOrigins) {
            if (!origin.equals("*") && !origin.matches("https?://[^/\\s]+")) {
                throw new dev.comptoir.shared.InvalidConfigurationException("CORS_ORIGINS",
                        "'" + origin + "' is not an origin like https://shop.example.com");
            }
        }
        if (maxBodySize.toBytes() <= 0) {
            throw new dev.comptoir.shared.InvalidConfigurationException("comptoir.http.max-body-size",
                    "must be positive");
        }
    }
}
