package dev.comptoir.notifications;

import dev.comptoir.shared.InvalidConfigurationException;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the links of account emails point: {@code STOREFRONT_URL} (the shop's site, which shows the
 * page and calls the API with the token) followed by the page's path, {@code {token}} standing for the
 * token. Without {@code STOREFRONT_URL} the emails give the token itself, for the client to use.
 */
@ConfigurationProperties("comptoir.mail.links")
record LinkProperties(String storefrontUrl,
        @DefaultValue("/account/reset-password?token={token}") String passwordReset,
        @DefaultValue("/account/verify-email?token={token}") String emailVerification,
        @DefaultValue("/account/confirm-email?token={token}") String emailChange) {

    LinkProperties {
        storefrontUrl = storefrontUrl == null || storefrontUrl.isBlank() ? null : strip(storefrontUrl.strip());
        if (storefrontUrl != null) {
            try {
                URI uri = URI.create(storefrontUrl);
                if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                    throw new IllegalArgumentException("not http(s)");
                }
            } catch (IllegalArgumentException e) {
                throw new InvalidConfigurationException("STOREFRONT_URL",
                        "must be an http(s) URL like https://shop.example.com");
            }
        }
        for (String path : new String[] {passwordReset, emailVerification, emailChange}) {
            if (!path.contains("{token}")) {
                throw new InvalidConfigurationException("comptoir.mail.links", "each link must contain {token}");
            }
        }
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
