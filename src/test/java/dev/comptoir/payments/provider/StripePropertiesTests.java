package dev.comptoir.payments.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.comptoir.shared.InvalidConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StripePropertiesTests {

    @Test
    void aStripeKeyWithoutAWebhookSecretRefusesToStart() {
        assertThatThrownBy(() -> new StripeProperties("sk_test_123", " ", null))
                .isInstanceOf(InvalidConfigurationException.class)
                .satisfies(e -> assertThat(((InvalidConfigurationException) e).setting()).isEqualTo("STRIPE_WEBHOOK_SECRET"));
    }

    @Test
    void anApiBaseMustBeAnHttpUrl() {
        assertThatThrownBy(() -> new StripeProperties("sk_test_123", "whsec_1", "localhost:12111"))
                .isInstanceOf(InvalidConfigurationException.class);
        assertThat(new StripeProperties("sk_test_123", "whsec_1", "http://localhost:12111").stripe()).isTrue();
        assertThat(new StripeProperties("", "", "").stripe()).isFalse();
    }

    @Test
    void theSimulatedWebhookSecretIsGeneratedOnceAndKept(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("data/stripe-webhook-secret");
        String first = PaymentsConfig.generatedSecret(file);
        assertThat(first).startsWith("whsec_sim_").hasSizeGreaterThan(40);
        assertThat(PaymentsConfig.generatedSecret(file)).isEqualTo(first);
        assertThat(Files.readString(file)).isEqualTo(first);
    }
}
