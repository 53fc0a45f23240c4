package dev.comptoir.shared.idempotency;

import dev.comptoir.shared.Hashes;
import dev.comptoir.shared.error.BadRequestException;
import dev.comptoir.shared.error.BusinessRuleException;
import dev.comptoir.shared.error.ConflictException;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} handling (SPEC §5, ADRs 0003 and 0004). The key is claimed in its own short
 * transaction, so a concurrent duplicate sees it at once (409). Each claim carries a fencing token:
 * the answer is stored, and a failure releases the key, only under that token, so a request whose
 * claim was taken over (it looked dead for {@code takeover-after}) can never store its answer.
 *
 * <p>Two shapes of work. {@link #run}: database work, whose answer is stored in the same transaction
 * — a committed order always has its stored answer — which times out after {@code work-timeout},
 * before a claim can be taken over. {@link #runOutsideTransaction}: work that calls a provider
 * (a payment intent); it runs with no transaction open and its answer is stored afterwards.
 */
@Service
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeys.class);
    private static final Pattern VALID = Pattern.compile("[\\x21-\\x7e]{1,255}");

    private final IdempotencyStore store;
    private final TransactionTemplate transaction;
    private final TransactionTemplate work;
    private final IdempotencyProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    IdempotencyKeys(IdempotencyStore store, PlatformTransactionManager transactions, IdempotencyProperties properties,
            JsonMapper json, Clock clock) {
        this.store = store;
        this.transaction = new TransactionTemplate(transactions);
        this.work = new TransactionTemplate(transactions);
        this.work.setTimeout((int) properties.workTimeout().toSeconds());
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Runs database {@code work} once per (scope, key), in one transaction with its stored answer,
     * within {@code work-timeout}. Without a key the work simply runs, in a transaction. The same key
     * with the same request replays the stored response; with another request it is 422; while the
     * first is still running it is 409.
     */
    public ResponseEntity<?> run(String key, String scope, Object request, Supplier<ResponseEntity<?>> work) {
        if (key == null) {
            // no key, no claim to take over: no time limit (a statement timeout costs a timer per statement)
            return transaction.execute(status -> work.get());
        }
        Claim claim = claim(key, scope, request);
        if (claim.outcome() == Outcome.REPLAY) {
            return replay(claim);
        }
        try {
            return this.work.execute(status -> {
                ResponseEntity<?> response = work.get();
                if (!store.complete(scope, key, claim.token(), response.getStatusCode().value(), body(response))) {
                    throw takenOver(); // rolls the work back: the retry that took over answers instead
                }
                return response;
            });
        } catch (RuntimeException e) {
            transaction.executeWithoutResult(status -> store.release(scope, key, claim.token()));
            throw e;
        }
    }

    /**
     * Runs {@code work} that calls the outside world once per (scope, key), with no transaction open:
     * the work itself must be idempotent (a provider idempotency key), since a crash between the call
     * and the stored answer lets a retry run it again.
     */
    public ResponseEntity<?> runOutsideTransaction(String key, String scope, Object request,
            Supplier<ResponseEntity<?>> work) {
        if (key == null) {
            return work.get();
        }
        Claim claim = claim(key, scope, request);
        if (claim.outcome() == Outcome.REPLAY) {
            return replay(claim);
        }
        ResponseEntity<?> response;
        try {
            response = work.get();
        } catch (RuntimeException e) {
            transaction.executeWithoutResult(status -> store.release(scope, key, claim.token()));
            throw e;
        }
        if (!store.complete(scope, key, claim.token(), response.getStatusCode().value(), body(response))) {
            log.info("Idempotency key of scope {} was taken over while its request ran; not storing this answer",
                    scope);
        }
        return response;
    }

    private Claim claim(String key, String scope, Object request) {
        if (!VALID.matcher(key).matches()) {
            throw new BadRequestException("invalid_idempotency_key",
                    "Idempotency-Key must be 1 to 255 visible ASCII characters");
        }
        String hash = Hashes.sha256Hex(json.writeValueAsString(request));
        UUID token = UUID.randomUUID();
        Claim claim = transaction.execute(status -> store.claim(scope, key, hash, token, clock.instant(),
                properties.takeoverAfter()));
        if (!claim.requestHash().equals(hash)) {
            throw new BusinessRuleException("idempotency_key_reused",
                    "This Idempotency-Key was already used with a different request");
        }
        if (claim.outcome() == Outcome.IN_PROGRESS) {
            throw inProgress();
        }
        return claim;
    }

    private String body(ResponseEntity<?> response) {
        return response.getBody() == null ? null : json.writeValueAsString(response.getBody());
    }

    private static ResponseEntity<?> replay(Claim claim) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Idempotent-Replayed", "true");
        if (claim.responseBody() != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return new ResponseEntity<>(claim.responseBody(), headers, HttpStatusCode.valueOf(claim.responseStatus()));
    }

    private static ConflictException inProgress() {
        return new ConflictException("idempotency_request_in_progress",
                "A request with this Idempotency-Key is still being processed; retry later");
    }

    private static ConflictException takenOver() {
        return new ConflictException("idempotency_request_in_progress",
                "This request took too long and a retry with the same Idempotency-Key took its place");
    }

    enum Outcome { CLAIMED, REPLAY, IN_PROGRESS }

    /** {@code token}: the fencing token of a claim this request holds (CLAIMED). */
    record Claim(Outcome outcome, String requestHash, UUID token, Integer responseStatus, String responseBody) {}
}
