package dev.comptoir.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SuccessorTokensTests {

    private static final String TOKEN = "bG9naW4tdG9rZW4tMzItYnl0ZXMtbG9uZy0wMTIzNDU";

    @Test
    void aTokenHasOneSuccessorOf256BitsOnEveryInstanceSharingTheSecret() {
        String successor = successors("the-jwt-secret-the-jwt-secret-0123456789").of(TOKEN);

        assertThat(successors("the-jwt-secret-the-jwt-secret-0123456789").of(TOKEN)).isEqualTo(successor);
        assertThat(Base64.getUrlDecoder().decode(successor)).hasSize(32);
        assertThat(successor).isNotEqualTo(TOKEN).isNotEqualTo(TokenIssuer.sha256(TOKEN));
    }

    @Test
    void anotherTokenOrAnotherSecretGivesAnotherSuccessor() {
        SuccessorTokens successors = successors("the-jwt-secret-the-jwt-secret-0123456789");

        assertThat(successors.of(TOKEN + "x")).isNotEqualTo(successors.of(TOKEN));
        assertThat(successors("another-secret-another-secret-0123456789").of(TOKEN)).isNotEqualTo(successors.of(TOKEN));
    }

    private static SuccessorTokens successors(String secret) {
        return new SuccessorTokens(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    }
}
