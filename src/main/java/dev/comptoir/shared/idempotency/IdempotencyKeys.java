package dev.comptoir.shared.idempotency;

import dev.comptoir.shared.Hashes;
import dev.comptoir.shared.error.BadRequestException;
import dev.comptoir.shared.error.BusinessRuleException;
import dev.comptoir.shared.error.ConflictException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} handling (SPEC §5). The key is claimed in its own short transaction, so a
 * concurrent duplicate sees it at once (409); the response is stored in the same transaction as the
 * work itself, so a committed order always has its stored answer; a failure releases the key.
 * A claim left by a crashed instance is taken over after {@link #ABANDONED_AFTER}.
 */
@Service
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);
    private static final Pattern VALID = Pattern.compile("[\\x21-\\x7e]{1,255}");

    private final IdempotencyStore store;
    private final TransactionTemplate transaction;
    private final JsonMapper json;

    IdempotencyKeys(IdempotencyStore store, TransactionTemplate transaction, JsonMapper json) {
        this.store = store;
        this.transaction = transaction;
        this.json = json;
    }

    /**
     * Runs {@code work} once per (scope, key). Without a key the work simply runs. The same key with
     * the same request replays the stored response; with another request it is 422; while the first
     * is still running it is 409.
     */
    public ResponseEntity<?> run(String key, String scope, Object request, Supplier<ResponseEntity<?>> work) {
        if (key == null) {
            return transaction.execute(status -> work.get());
        }
        if (!VALID.matcher(key).matches()) {
            throw new BadRequestException("invalid_idempotency_key",
                    "Idempotency-Key must be 1 to 255 visible ASCII characters");
        }
        String hash = sha256(json.writeValueAsString(request));
        Claim claim = transaction.execute(status -> store.claim(scope, key, hash, Instant.now(), ABANDONED_AFTER));
        switch (claim.outcome()) {
            case REPLAY -> {
                if (!claim.requestHash().equals(hash)) {
                    throw mismatch();
                }
                return replay(claim);
            }
            case IN_PROGRESS -> {
                if (!claim.requestHash().equals(hash)) {
                    throw mismatch();
                }
                throw new ConflictException("idempotency_request_in_progress",
                        "A request with this Idempotency-Key is still being processed; retry later");
            }
            case CLAIMED -> { }
        }
        try {
            return transaction.execute(status -> {
                ResponseEntity<?> response = work.get();
                store.complete(scope, key, response.getStatusCode().value(),
                        response.getBody() == null ? null : json.writeValueAsString(response.getBody()));
                return response;
            });
        } catch (RuntimeException e) {
            transaction.executeWithoutResult(status -> store.release(scope, key));
            throw e;
        }
    }

    private static ResponseEntity<?> replay(Claim claim) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Idempotent-Replayed", "true");
        if (claim.responseBody() != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return new ResponseEntity<>(claim.responseBody(), headers, HttpStatusCode.valueOf(claim.responseStatus()));
    }

    private static BusinessRuleException mismatch() {
        return new BusinessRuleException("idempotency_key_reused",
                "This Idempotency-Key was already used with a different request");
    }

    private static String sha256(String value) {
        return Hashes.sha256Hex(value);
    }

    enum Outcome { CLAIMED, REPLAY, IN_PROGRESS }

    record Claim(Outcome outcome, String requestHash, Integer responseStatus, String responseBody) {}
}
