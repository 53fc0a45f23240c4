package dev.comptoir.payments.provider;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.comptoir.shared.money.Money;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Stripe provider sends amounts as given, in minor units, with the currency in lower case (ADR 0009
 * step 5): a yen total as it is, a euro total in cents. Against a WireMock "Stripe" answering as the API.
 */
class StripeMinorUnitsTests {

    WireMockServer stripe;
    StripePaymentProvider provider;

    @BeforeEach
    void start() {
        stripe = new WireMockServer(options().dynamicPort());
        stripe.start();
        provider = new StripePaymentProvider(new StripeProperties("sk_test_51Comptoir0000000000000000",
                "whsec_test", "http://localhost:" + stripe.port()));
    }

    @AfterEach
    void stop() {
        stripe.stop();
    }

    private void answerIntent(long amount, String currency) {
        stripe.stubFor(post(urlEqualTo("/v1/payment_intents")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id": "pi_minor", "object": "payment_intent", "amount": %d, "currency": "%s",
                         "client_secret": "pi_minor_secret", "status": "requires_payment_method"}"""
                        .formatted(amount, currency))));
    }

    @Test
    void aYenTotalIsSentAsItIsAndAEuroTotalInCents() {
        long yen = Money.toMinorUnits(new BigDecimal("6001"), "JPY");
        answerIntent(yen, "jpy");
        PaymentProvider.Intent intent = provider.createIntent(UUID.randomUUID(), yen, "JPY", "k-jpy");
        assertThat(intent.amountMinor()).isEqualTo(6001L);
        stripe.verify(postRequestedFor(urlEqualTo("/v1/payment_intents"))
                .withFormParam("amount", equalTo("6001"))
                .withFormParam("currency", equalTo("jpy")));

        stripe.resetAll();
        long cents = Money.toMinorUnits(new BigDecimal("57.65"), "CHF");
        answerIntent(cents, "chf");
        provider.createIntent(UUID.randomUUID(), cents, "CHF", "k-chf");
        stripe.verify(postRequestedFor(urlEqualTo("/v1/payment_intents"))
                .withFormParam("amount", equalTo("5765"))
                .withFormParam("currency", equalTo("chf")));
    }

    @Test
    void aYenRefundIsSentInYen() {
        stripe.stubFor(post(urlEqualTo("/v1/refunds")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id": "re_minor", "object": "refund", "amount": 1000, "currency": "jpy",
                         "payment_intent": "pi_minor", "status": "succeeded"}""")));
        PaymentProvider.ProviderRefund refund = provider.refund("pi_minor",
                Money.toMinorUnits(new BigDecimal("1000"), "JPY"), UUID.randomUUID(), "r-jpy");
        assertThat(refund.status()).isEqualTo("succeeded");
        stripe.verify(postRequestedFor(urlEqualTo("/v1/refunds")).withFormParam("amount", equalTo("1000")));
    }
}
