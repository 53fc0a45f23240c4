package dev.comptoir.payments.provider;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentCancelParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;
import java.util.Locale;
import java.util.UUID;

/** Stripe through the official SDK; {@code STRIPE_API_BASE} may point it at another base URL. */
class StripePaymentProvider implements PaymentProvider {

    private final StripeClient client;

    StripePaymentProvider(StripeProperties properties) {
        StripeClient.StripeClientBuilder builder = StripeClient.builder().setApiKey(properties.secretKey())
                .setMaxNetworkRetries(2).setConnectTimeout(10_000).setReadTimeout(20_000);
        if (properties.apiBase() != null) {
            builder.setApiBase(properties.apiBase());
        }
        this.client = builder.build();
    }

    @Override
    public String name() {
        return "stripe";
    }

    @Override
    public Intent createIntent(UUID orderId, long amountMinor, String currency, String idempotencyKey) {
        PaymentIntentCreateParams params = PaymentIntentCreateParams.builder()
                .setAmount(amountMinor)
                .setCurrency(currency.toLowerCase(Locale.ROOT))
                .putMetadata("order_id", orderId.toString())
                .setAutomaticPaymentMethods(PaymentIntentCreateParams.AutomaticPaymentMethods.builder()
                        .setEnabled(true).build())
                .build();
        try {
            return intent(client.v1().paymentIntents().create(params,
                    RequestOptions.builder().setIdempotencyKey(idempotencyKey).build()));
        } catch (StripeException e) {
            throw failure("creating the payment intent", e);
        }
    }

    @Override
    public Intent retrieve(String intentId) {
        try {
            return intent(client.v1().paymentIntents().retrieve(intentId));
        } catch (StripeException e) {
            throw failure("reading the payment intent", e);
        }
    }

    @Override
    public ProviderRefund refund(String intentId, long amountMinor, UUID refundId, String idempotencyKey) {
        RefundCreateParams params = RefundCreateParams.builder()
                .setPaymentIntent(intentId)
                .setAmount(amountMinor)
                .putMetadata("refund_id", refundId.toString())
                .build();
        try {
            com.stripe.model.Refund refund = client.v1().refunds().create(params,
                    RequestOptions.builder().setIdempotencyKey(idempotencyKey).build());
            return new ProviderRefund(refund.getId(), refund.getStatus(), refund.getFailureReason());
        } catch (StripeException e) {
            throw failure("refunding", e);
        }
    }

    private static Intent intent(PaymentIntent pi) {
        return new Intent(pi.getId(), pi.getClientSecret(), pi.getAmount(), pi.getCurrency(), pi.getStatus());
    }

    @Override
    public Cancellation cancel(String intentId, String idempotencyKey) {
        try {
            PaymentIntent intent = client.v1().paymentIntents().cancel(intentId,
                    PaymentIntentCancelParams.builder().setCancellationReason(
                            PaymentIntentCancelParams.CancellationReason.ABANDONED).build(),
                    RequestOptions.builder().setIdempotencyKey(idempotencyKey).build());
            return new Cancellation(intent.getId(), intent.getStatus(), false);
        } catch (StripeException e) {
            if ("payment_intent_unexpected_state".equals(e.getCode())) {
                // already canceled, or succeeded meanwhile: nothing left to cancel
                return new Cancellation(intentId, null, true);
            }
            throw failure("cancelling the payment intent", e);
        }
    }

    /**
     * Stripe's advice: a connection error, a rate limit, a 409 (a concurrent request with the same
     * idempotency key) or a 5xx may be retried with the same key; other errors are definite.
     */
    private static ProviderException failure(String what, StripeException e) {
        String detail = e.getStripeError() != null && e.getStripeError().getMessage() != null
                ? e.getStripeError().getMessage() : e.getClass().getSimpleName();
        String code = e.getCode() != null ? e.getCode() + ": " : "";
        Integer status = e.getStatusCode();
        boolean retryable = e instanceof ApiConnectionException || e instanceof RateLimitException
                || e instanceof IdempotencyException || status == null || status == 409 || status >= 500;
        return new ProviderException("Stripe failed " + what + " (HTTP " + status + ") " + code + detail, e,
                retryable, e.getCode());
    }
}
