package dev.comptoir.customers;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import dev.comptoir.shared.security.Permissions;
import dev.comptoir.support.SystemTest;
import dev.comptoir.support.TestAccounts;
import dev.comptoir.support.TestAccounts.Account;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** Only tokens we signed, unaltered and unexpired, open {@code /api/users/me}. */
@SystemTest
class AccessTokenSystemTests {

    @Autowired
    TestAccounts accounts;

    @Autowired
    JwtEncoder serverEncoder;

    @Test
    void noTokenIsAnUnauthorizedProblem() {
        given().get("/api/users/me").then().statusCode(401)
                .contentType("application/problem+json")
                .body("error", equalTo("unauthorized"));
    }

    @Test
    void aTamperedTokenIsRefused() {
        Account account = accounts.register();
        String[] parts = account.accessToken().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"customer\"", "\"admin\"");
        String tampered = parts[0] + "." + base64(payload) + "." + parts[2];

        assertInvalid(tampered);
    }

    @Test
    void anUnsignedAlgNoneTokenIsRefused() {
        Account account = accounts.register();
        String payload = new String(Base64.getUrlDecoder().decode(account.accessToken().split("\\.")[1]),
                StandardCharsets.UTF_8);
        String unsigned = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + base64(payload) + ".";

        assertInvalid(unsigned);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        Account account = accounts.register();
        JwtEncoder forger = new NimbusJwtEncoder(new ImmutableSecret<>(new SecretKeySpec(
                "another-secret-another-secret-0123456789".getBytes(StandardCharsets.UTF_8), "HmacSHA256")));

        assertInvalid(sign(forger, account, Instant.now().plusSeconds(600)));
    }

    @Test
    void anExpiredTokenIsRefused() {
        Account account = accounts.register();
        // beyond the decoder's 60 s clock skew
        assertInvalid(sign(serverEncoder, account, Instant.now().minusSeconds(300)));
    }

    @Test
    void aTokenWithTheRightKeyAndExpiryIsAccepted() {
        Account account = accounts.register();
        given().auth().oauth2(sign(serverEncoder, account, Instant.now().plusSeconds(600)))
                .get("/api/users/me").then().statusCode(200).body("email", equalTo(account.email()));
    }

    private static String sign(JwtEncoder encoder, Account account, Instant expiresAt) {
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer("comptoir")
                .subject(account.id().toString())
                .issuedAt(expiresAt.minusSeconds(900))
                .expiresAt(expiresAt)
                .claim(Permissions.ROLE_CLAIM, "customer")
                .claim(Permissions.CLAIM, List.of())
                .build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
    }

    private static void assertInvalid(String token) {
        given().auth().oauth2(token).get("/api/users/me").then().statusCode(401)
                .contentType("application/problem+json")
                .body("error", equalTo("invalid_token"));
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
