package dev.comptoir.customers;

import dev.comptoir.customers.AccountToken.Purpose;
import dev.comptoir.shared.Hashes;
import dev.comptoir.shared.error.BadRequestException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Issues and spends the tokens sent by email. A token's raw value is the HMAC-SHA256 of its row id
 * under a key derived from the JWT secret: the database keeps only its SHA-256, and the event that
 * asks for the email carries only the id, so neither the tokens table nor the outbox holds a usable
 * token; the email listener derives it again (the same value on every redelivery). Rotating
 * JWT_SECRET therefore also voids the links in flight.
 */
@Component
class AccountTokens {

    private static final String ALGORITHM = "HmacSHA256";
    private static final String PURPOSE = "comptoir/account-token/v1";

    private final AccountTokenRepository tokens;
    private final SecretKeySpec key;

    AccountTokens(AccountTokenRepository tokens, SecretKey jwtKey) {
        this.tokens = tokens;
        this.key = new SecretKeySpec(hmac(jwtKey, PURPOSE), ALGORITHM);
    }

    /**
     * A new token for {@code purpose}, sent to {@code email}; the live ones of that purpose end now
     * (only the newest link works). Joins the caller's transaction.
     */
    AccountToken issue(UUID userId, Purpose purpose, String email, Duration ttl, Instant now) {
        tokens.expireLive(userId, List.of(purpose.value), now);
        UUID id = UUID.randomUUID();
        return tokens.save(new AccountToken(id, userId, purpose, Hashes.sha256Hex(raw(id)), email, now, now.plus(ttl)));
    }

    /** How many tokens of {@code purpose} the account was sent since {@code since}: the email budget. */
    long issuedSince(UUID userId, Purpose purpose, Instant since) {
        return tokens.countIssuedSince(userId, purpose.value, since);
    }

    /**
     * Spends a token of {@code purpose} under its row lock. Unknown, or of another purpose: {@code
     * token_invalid}; already used: {@code token_used}; past its expiry: {@code token_expired}. Must
     * run in a transaction: a failure later in it rolls the use back.
     */
    AccountToken use(String raw, Purpose purpose, Instant now) {
        AccountToken token = tokens.findForUpdate(Hashes.sha256Hex(raw)).filter(t -> t.isFor(purpose))
                .orElseThrow(AccountTokens::invalid);
        token.use(now);
        return token;
    }

    /** Ends every live token of these purposes of the account (a new password cancels pending links). */
    void expireAll(UUID userId, Instant now, Purpose... purposes) {
        tokens.expireLive(userId, Arrays.stream(purposes).map(p -> p.value).toList(), now);
    }

    /** The token to put in the email for the row {@code id}; 256 bits, URL-safe. */
    String raw(UUID id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key, id.toString()));
    }

    static BadRequestException invalid() {
        return new BadRequestException("token_invalid", "This link is not valid");
    }

    private static byte[] hmac(SecretKey key, String message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is always available", e);
        }
    }
}
