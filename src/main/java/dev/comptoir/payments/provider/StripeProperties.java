package dev.comptoir.payments.provider;

import dev.comptoir.shared.InvalidConfigurationException;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code STRIPE_SECRET_KEY} selects the Stripe adapter (none = the simulated provider);
 * {@code STRIPE_WEBHOOK_SECRET} is the endpoint's signing secret, required with a key;
 * {@code STRIPE_API_BASE} points the SDK at another base URL (a local emulation in tests).
 */
@ConfigurationProperties("comptoir.stripe")
record StripeProperties(String secretKey, String webhookSecret, String apiBase) {

    StripeProperties {
        secretKey = blankToNull(secretKey);
        webhookSecret = blankToNull(webhookSecret);
        apiBase = blankToNull(apiBase);
        if (secretKey != null && webhookSecret == null) {
            throw new InvalidConfigurationException("STRIPE_WEBHOOK_SECRET",
                    "must be set when STRIPE_SECRET_KEY is set (the signing secret whsec_... of the webhook endpoint)");
        }
        if (apiBase != null) {
            try {
                URI uri = URI.create(apiBase);
                if (uri.getHost() == null || !uri.getScheme().matches("https?")) {
                    throw new IllegalArgumentException();
                }
            } catch (RuntimeException e) {
                throw new InvalidConfigurationException("STRIPE_API_BASE", "must be an http(s) URL, not " + apiBase);
            }
        }
    }

    boolean stripe() {
        return secretKey != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
