package dev.comptoir.payments.provider;

import dev.comptoir.shared.ComptoirProperties;
import dev.comptoir.shared.GeneratedSecrets;
import java.nio.file.Path;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Chooses the provider: Stripe with {@code STRIPE_SECRET_KEY}, else the simulated one. In simulated
 * mode without {@code STRIPE_WEBHOOK_SECRET}, a secret is generated once and kept in
 * {@code DATA_DIR/stripe-webhook-secret}, so webhooks are verified there too.
 */
@Configuration(proxyBeanMethods = false)
class PaymentsConfig {

    private static final Logger log = LoggerFactory.getLogger(PaymentsConfig.class);

    @Bean
    WebhookSecret webhookSecret(StripeProperties stripe, ComptoirProperties comptoir) {
        if (stripe.webhookSecret() != null) {
            return new WebhookSecret(stripe.webhookSecret());
        }
        return new WebhookSecret(generatedSecret(comptoir.dataDir().resolve("stripe-webhook-secret")));
    }

    @Bean
    PaymentProvider paymentProvider(StripeProperties stripe, WebhookSecret secret, Environment environment) {
        if (stripe.stripe()) {
            log.info("Payments: Stripe{}", stripe.apiBase() == null ? "" : " at " + stripe.apiBase());
            return new StripePaymentProvider(stripe);
        }
        String dbUrl = environment.getProperty("comptoir.db.url");
        if (dbUrl != null && !dbUrl.isBlank()) {
            // a server database suggests production: say loudly that anyone can mark an order paid
            log.warn("Payments are SIMULATED on a server database: nothing can be paid for real. Set "
                    + "STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET to take payments (PAYMENT_DEV_ROUTES=true "
                    + "enables POST /api/dev/payments/{id}/succeed, which lets anyone complete a payment)");
        } else {
            log.info("Payments: simulated provider (set STRIPE_SECRET_KEY for Stripe); dev route "
                    + "POST /api/dev/payments/{paymentIntentId}/succeed|fail completes a payment");
        }
        return new SimulatedPaymentProvider(secret);
    }

    static String generatedSecret(Path file) {
        return GeneratedSecrets.readOrCreate(file, 24, random -> "whsec_sim_" + HexFormat.of().formatHex(random));
    }
}
