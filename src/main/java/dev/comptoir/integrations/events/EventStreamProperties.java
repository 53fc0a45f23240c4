package dev.comptoir.integrations.events;

import dev.comptoir.shared.InvalidConfigurationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.jspecify.annotations.Nullable;

/**
 * The event stream (ADR 0013): with {@code url} ({@code AMQP_URL}, {@code amqp[s]://user:password@host:port/vhost})
 * every integration event also goes to the topic exchange {@code exchange}; a send counts once the
 * broker confirms it within {@code confirmTimeout}. No URL, no broker. Errors never repeat the URL:
 * it holds a password.
 */
@ConfigurationProperties("comptoir.amqp")
public record EventStreamProperties(
        @Nullable String url,
        @DefaultValue("comptoir.events") String exchange,
        @DefaultValue("10s") Duration confirmTimeout) {

    public EventStreamProperties {
        if (enabled(url)) {
            URI uri = parse(url);
            if (uri == null || !("amqp".equals(uri.getScheme()) || "amqps".equals(uri.getScheme()))
                    || uri.getHost() == null) {
                throw new InvalidConfigurationException("AMQP_URL",
                        "must be amqp://user:password@host:port[/vhost] (or amqps://)");
            }
            if (exchange.isBlank() || exchange.length() > 255) {
                throw new InvalidConfigurationException("AMQP_EXCHANGE", "must be 1 to 255 characters");
            }
            if (confirmTimeout.toMillis() < 100 || confirmTimeout.toMinutes() > 5) {
                throw new InvalidConfigurationException("AMQP_CONFIRM_TIMEOUT", "must be between 100ms and 5m");
            }
        }
    }

    static boolean enabled(@Nullable String url) {
        return url != null && !url.isBlank();
    }

    URI uri() {
        return parse(url);
    }

    private static @Nullable URI parse(@Nullable String url) {
        try {
            return new URI(url.strip());
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
