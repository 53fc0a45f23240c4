package dev.comptoir.support;

import dev.comptoir.shared.security.Permissions;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/**
 * Mints access tokens signed like the server's, for tests that need a caller with given permissions
 * without going through registration. Flows that test accounts themselves use the real routes.
 */
@Component
public class TestTokens {

    private final JwtEncoder encoder;
    private final String issuer;

    TestTokens(JwtEncoder encoder, @Value("${comptoir.jwt.issuer:comptoir}") String issuer) {
        this.encoder = encoder;
        this.issuer = issuer;
    }

    public String admin() {
        return token(UUID.randomUUID(), "admin", Permissions.ALL);
    }

    public String staff(String... permissions) {
        return token(UUID.randomUUID(), "staff", List.of(permissions));
    }

    public String customer(UUID userId) {
        return token(userId, "customer", List.of());
    }

    public String token(UUID subject, String role, List<String> permissions) {
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .subject(subject.toString())
                .issuedAt(now)
                .expiresAt(now.plusSeconds(900))
                .claim(Permissions.ROLE_CLAIM, role)
                .claim(Permissions.CLAIM, permissions)
                .build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
    }
}
