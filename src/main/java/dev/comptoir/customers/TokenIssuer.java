package dev.comptoir.customers;

import dev.comptoir.shared.Hashes;
import dev.comptoir.shared.security.JwtProperties;
import dev.comptoir.shared.security.Permissions;
import dev.comptoir.shared.security.SessionRevocations;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/** Mints the pair a client holds: a short HS256 access token and an opaque rotating refresh token. */
@Component
class TokenIssuer {

    private final JwtEncoder encoder;
    private final JwtProperties jwt;
    private final RefreshTokenRepository refreshTokens;
    private final SuccessorTokens successors;
    private final SecureRandom random = new SecureRandom();

    TokenIssuer(JwtEncoder encoder, JwtProperties jwt, RefreshTokenRepository refreshTokens,
            SuccessorTokens successors) {
        this.encoder = encoder;
        this.jwt = jwt;
        this.refreshTokens = refreshTokens;
        this.successors = successors;
    }

    /** A new login: a random refresh token starts a new family. */
    TokenPair issue(User user, List<String> permissions, Instant now) {
        String refresh = randomToken();
        UUID session = UUID.randomUUID();
        save(refresh, session, user, now);
        return pair(user, permissions, session, refresh, now);
    }

    /**
     * A rotation: {@code spent} (presented as {@code rawSpent}) is used up, and its successor, derived
     * from it, joins its family.
     */
    TokenPair rotate(User user, List<String> permissions, RefreshToken spent, String rawSpent, Instant now) {
        String refresh = successors.of(rawSpent);
        spent.rotateTo(save(refresh, spent.familyId(), user, now), now);
        return pair(user, permissions, spent.familyId(), refresh, now);
    }

    /** The successor already issued for a token presented again, with a new access token. */
    TokenPair reissue(User user, List<String> permissions, RefreshToken successor, String rawSuccessor,
            Instant now) {
        return pair(user, permissions, successor.familyId(), rawSuccessor, now);
    }

    private RefreshToken save(String refresh, UUID familyId, User user, Instant now) {
        return refreshTokens.save(new RefreshToken(sha256(refresh), familyId, user.id(), now,
                now.plus(jwt.refreshTokenTtl())));
    }

    private TokenPair pair(User user, List<String> permissions, UUID session, String refresh, Instant now) {
        return new TokenPair(accessToken(user, permissions, session, now), refresh,
                jwt.accessTokenTtl().toSeconds(), "Bearer");
    }

    /** {@code sid} is the session (the refresh token family), so that revoking it refuses this token too. */
    private String accessToken(User user, List<String> permissions, UUID session, Instant now) {
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(jwt.issuer())
                .subject(user.id().toString())
                .id(UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(now.plus(jwt.accessTokenTtl()))
                .claim(Permissions.ROLE_CLAIM, user.role())
                .claim(Permissions.CLAIM, permissions)
                .claim(SessionRevocations.CLAIM, session.toString())
                .build();
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).type("JWT").build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    /** 256 random bits, URL-safe. */
    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String token) {
        return Hashes.sha256Hex(token);
    }
}
