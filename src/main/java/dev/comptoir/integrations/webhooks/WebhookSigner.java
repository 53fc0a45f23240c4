package dev.comptoir.integrations.webhooks;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.EmptyWebhookSecretException;
import com.standardwebhooks.exceptions.WebhookSigningException;
import java.time.Instant;
import org.springframework.lang.Nullable;

/**
 * Standard Webhooks signatures, by its official library: {@code v1,<base64 HMAC-SHA256>} of
 * {@code id.timestamp.body}. During a secret's rotation overlap both signatures are sent, space
 * separated, so a receiver holding either secret verifies.
 */
final class WebhookSigner {

    private WebhookSigner() {}

    static String signature(WebhookEndpoints.Target target, String messageId, long timestamp, String payload,
            Instant now) {
        String signature = sign(target.secret(), messageId, timestamp, payload);
        if (target.previousSecret() != null && target.previousSecretUntil() != null
                && now.isBefore(target.previousSecretUntil())) {
            signature += " " + sign(target.previousSecret(), messageId, timestamp, payload);
        }
        return signature;
    }

    private static String sign(@Nullable String secret, String messageId, long timestamp, String payload) {
        try {
            return new Webhook(secret).sign(messageId, timestamp, payload);
        } catch (WebhookSigningException | EmptyWebhookSecretException e) {
            throw new IllegalStateException("cannot sign a webhook", e);
        }
    }
}
