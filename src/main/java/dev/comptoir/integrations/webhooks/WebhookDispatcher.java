package dev.comptoir.integrations.webhooks;

import dev.comptoir.shared.alerts.AlertKinds;
import dev.comptoir.shared.alerts.StaffAlert;
import dev.comptoir.shared.alerts.StaffAlerts;
import jakarta.annotation.PreDestroy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.lang.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due deliveries (ADR 0013). Deliveries are claimed with {@code FOR UPDATE SKIP LOCKED}, so
 * instances share them; at most {@code maxInFlightPerEndpoint} per endpoint are in flight, and requests
 * are asynchronous (no thread waits on a slow receiver), so one hanging or failing endpoint never
 * delays the others. No transaction is open during a request: the claim and the outcome are single
 * statements. A claim that never reported (its instance died) is due again after the timeout.
 */
@Component
class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    static final int BODY_LIMIT = 2048;
    private static final int BATCH = 200;

    private final JdbcTemplate jdbc;
    private final WebhookEndpoints endpoints;
    private final UrlGuard guard;
    private final StaffAlerts alerts;
    private final WebhookProperties properties;
    private final Clock clock;
    private final HttpClient http;
    /** One thread claims; requests and their outcomes run on the HTTP client's own small pool. */
    private final ExecutorService claimer = Executors.newSingleThreadExecutor(daemon("webhook-claimer"));
    private final ExecutorService workers = Executors.newFixedThreadPool(2, daemon("webhook-sender"));
    private final AtomicBoolean claimQueued = new AtomicBoolean();

    WebhookDispatcher(JdbcTemplate jdbc, WebhookEndpoints endpoints, UrlGuard guard, StaffAlerts alerts,
            WebhookProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.endpoints = endpoints;
        this.guard = guard;
        this.alerts = alerts;
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5).compareTo(properties.timeout()) < 0
                        ? Duration.ofSeconds(5) : properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(workers)
                .build();
    }

    /** Claims and sends what is due now, soon, on the claimer thread (calls made meanwhile coalesce). */
    void wake() {
        if (claimQueued.compareAndSet(false, true)) {
            claimer.execute(() -> {
                claimQueued.set(false);
                try {
                    dispatchDue();
                } catch (RuntimeException e) {
                    log.warn("Webhook dispatch failed, the poller will try again: {}", e.toString());
                }
            });
        }
    }

    @Scheduled(fixedDelayString = "${comptoir.webhooks.poll-interval:1s}", initialDelayString = "PT2S")
    void poll() {
        wake();
    }

    @PreDestroy
    void stop() {
        claimer.shutdownNow();
        workers.shutdownNow();
    }

    record Claim(UUID id, UUID endpointId, String messageId, int attempts, String payload) {}

    private void dispatchDue() {
        long staleSeconds = properties.timeout().toSeconds() + 60;
        jdbc.update("UPDATE webhook_deliveries SET status = 'pending', next_attempt_at = now() "
                + "WHERE status = 'delivering' AND claimed_at < now() - make_interval(secs => ?)", staleSeconds);
        List<Claim> claims;
        do {
            claims = claim();
            claims.forEach(c -> workers.execute(() -> send(c)));
        } while (claims.size() == BATCH);
    }

    private List<Claim> claim() {
        return jdbc.query("""
                WITH busy AS (
                    SELECT endpoint_id, count(*) AS n FROM webhook_deliveries WHERE status = 'delivering'
                     GROUP BY endpoint_id),
                ranked AS (
                    SELECT d.id, row_number() OVER (PARTITION BY d.endpoint_id ORDER BY d.next_attempt_at, d.created_at)
                           + coalesce(b.n, 0) AS place
                      FROM webhook_deliveries d
                      JOIN webhook_endpoints e ON e.id = d.endpoint_id AND e.active
                      LEFT JOIN busy b ON b.endpoint_id = d.endpoint_id
                     WHERE d.status = 'pending' AND d.next_attempt_at <= now()),
                picked AS (
                    SELECT d.id FROM webhook_deliveries d JOIN ranked r ON r.id = d.id
                     WHERE r.place <= ? ORDER BY d.next_attempt_at LIMIT ? FOR UPDATE OF d SKIP LOCKED)
                UPDATE webhook_deliveries d SET status = 'delivering', claimed_at = now()
                  FROM picked, webhook_messages m
                 WHERE d.id = picked.id AND m.id = d.message_id
                RETURNING d.id, d.endpoint_id, d.message_id, d.attempts, m.payload""",
                (rs, n) -> new Claim(rs.getObject("id", UUID.class), rs.getObject("endpoint_id", UUID.class),
                        rs.getString("message_id"), rs.getInt("attempts"), rs.getString("payload")),
                properties.maxInFlightPerEndpoint(), BATCH);
    }

    void send(Claim claim) {
        WebhookEndpoints.Target target = endpoints.target(claim.endpointId());
        if (target == null) {
            return; // deleted meanwhile: its deliveries went with it
        }
        URI uri = URI.create(target.url());
        String refusal = guard.refusal(uri);
        if (refusal != null) {
            finish(claim, null, null, 0, "The webhook URL " + refusal);
            return;
        }
        Instant now = clock.instant();
        long timestamp = now.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(uri)
                // plain http: HTTP/1.1 at once, no h2c upgrade attempt (https negotiates HTTP/2 by ALPN)
                .version("http".equalsIgnoreCase(uri.getScheme()) ? HttpClient.Version.HTTP_1_1
                        : HttpClient.Version.HTTP_2)
                .timeout(properties.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Comptoir-Webhooks/1")
                .header("webhook-id", claim.messageId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSigner.signature(target, claim.messageId(), timestamp,
                        claim.payload(), now))
                .POST(HttpRequest.BodyPublishers.ofString(claim.payload()))
                .build();
        long started = System.nanoTime();
        http.sendAsync(request, info -> LimitedBody.of(BODY_LIMIT))
                .whenComplete((response, error) -> {
                    long ms = (System.nanoTime() - started) / 1_000_000;
                    try {
                        if (error != null) {
                            finish(claim, null, null, ms, describe(error));
                        } else {
                            finish(claim, response.statusCode(), response.body(), ms, null);
                        }
                    } catch (RuntimeException e) {
                        log.warn("Could not record the outcome of webhook delivery {}: {}", claim.id(), e.toString());
                    }
                    // the endpoint has a free slot: its next waiting delivery goes now, not at the next poll
                    wake();
                });
    }

    /** Records one attempt and what follows: done, another attempt later, or failed (endpoint off, staff told). */
    void finish(Claim claim, @Nullable Integer code, @Nullable String body, long ms, @Nullable String error) {
        Timestamp now = Timestamp.from(clock.instant());
        // nothing to record when the endpoint (and with it the delivery) was deleted during the request
        int recorded = jdbc.update("INSERT INTO webhook_attempts (delivery_id, attempted_at, response_code, "
                + "response_body, duration_ms, error) SELECT id, ?, ?, ?, ?, ? FROM webhook_deliveries WHERE id = ?",
                now, code, body == null ? null : body.replace('\u0000', ' '), // PostgreSQL text holds no NUL
                ms, error == null ? null : truncate(error, 500), claim.id());
        if (recorded == 0) {
            return;
        }
        int attempts = claim.attempts() + 1;
        if (code != null && code >= 200 && code < 300) {
            jdbc.update("UPDATE webhook_deliveries SET status = 'succeeded', attempts = ?, last_attempt_at = ?, "
                    + "last_response_code = ?, delivered_at = ?, claimed_at = NULL, next_attempt_at = NULL WHERE id = ?",
                    attempts, now, code, now, claim.id());
            return;
        }
        Duration delay = properties.delayAfter(attempts);
        if (delay != null) {
            jdbc.update("UPDATE webhook_deliveries SET status = 'pending', attempts = ?, last_attempt_at = ?, "
                    + "last_response_code = ?, claimed_at = NULL, next_attempt_at = ? WHERE id = ?",
                    attempts, now, code, Timestamp.from(now.toInstant().plus(delay)), claim.id());
            return;
        }
        jdbc.update("UPDATE webhook_deliveries SET status = 'failed', attempts = ?, last_attempt_at = ?, "
                + "last_response_code = ?, claimed_at = NULL, next_attempt_at = NULL WHERE id = ?",
                attempts, now, code, claim.id());
        if (endpoints.disable(claim.endpointId(), "failing")) {
            String last = error != null ? error : "HTTP " + code;
            alerts.raise(new StaffAlerts.Raise(AlertKinds.WEBHOOK_ENDPOINT_DISABLED, claim.endpointId().toString(),
                    new StaffAlert.Subject("webhook_endpoint", claim.endpointId().toString()),
                    "Webhook endpoint " + claim.endpointId() + " was switched off: delivery " + claim.id()
                            + " failed " + attempts + " attempts", last, now.toInstant(), attempts));
            log.warn("Webhook endpoint {} switched off after {} failed attempts of delivery {}", claim.endpointId(),
                    attempts, claim.id());
        }
    }

    private static String describe(Throwable error) {
        Throwable cause = error.getCause() != null && error instanceof java.util.concurrent.CompletionException
                ? error.getCause() : error;
        if (cause instanceof HttpTimeoutException) {
            return "timed out";
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
