package dev.comptoir.shared.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * HTTP platform settings: allowed CORS origins ({@code CORS_ORIGINS}, comma separated), the body limit,
 * and the URL clients reach this server at ({@code PUBLIC_URL}: the OpenAPI document's server).
 */
@ConfigurationProperties("comptoir.http")
public record HttpProperties(
        @DefaultValue("10MB") DataSize maxBodySize,
        @DefaultValue List<String> corsOrigins,
        @DefaultValue("http://localhost:3000") String publicUrl) {

    public HttpProperties {
        corsOrigins = corsOrigins == null ? List.of()
                : corsOrigins.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (String origin : corsOrigins) {
            if (!origin.equals("*") && !origin.matches("https?://[^/\\s]+")) {
                throw new dev.comptoir.shared.InvalidConfigurationException("CORS_ORIGINS",
                        "'" + origin + "' is not an origin like https://shop.example.com");
            }
        }
        if (!publicUrl.matches("https?://[^/\\s?#]+(/[^\\s?#]*[^/\\s?#])?")) {
            throw new dev.comptoir.shared.InvalidConfigurationException("PUBLIC_URL",
                    "'" + publicUrl + "' is not a URL like https://api.shop.example.com (no trailing slash)");
        }
        if (maxBodySize.toBytes() <= 0) {
            throw new dev.comptoir.shared.InvalidConfigurationException("comptoir.http.max-body-size",
                    "must be positive");
        }
    }
}
