package dev.comptoir.integrations.webhooks;

import static dev.comptoir.shared.db.Columns.instant;

import dev.comptoir.shared.error.BadRequestException;
import dev.comptoir.shared.error.NotFoundException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff's webhook endpoints: what they subscribe to, where they point, their signing secrets. */
@Service
class WebhookEndpoints {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration MAX_OVERLAP = Duration.ofDays(7);

    private final JdbcTemplate jdbc;
    private final UrlGuard guard;
    private final SecretCipher cipher;
    private final Clock clock;

    WebhookEndpoints(JdbcTemplate jdbc, UrlGuard guard, SecretCipher cipher, Clock clock) {
        this.jdbc = jdbc;
        this.guard = guard;
        this.cipher = cipher;
        this.clock = clock;
    }

    record EndpointRequest(@NotBlank String url, @NotEmpty @Size(max = 50) List<String> events,
            @Nullable @Size(max = 500) String description, @Nullable Boolean active) {}

    record RotateRequest(@Nullable Duration overlap) {}

    /** What the dispatcher needs to sign and send. */
    record Target(UUID id, String url, boolean active, String secret, @Nullable String previousSecret,
            @Nullable Instant previousSecretUntil) {}

    List<WebhookEndpoint> list() {
        return jdbc.query("SELECT * FROM webhook_endpoints ORDER BY created_at, id", WebhookEndpoints::view);
    }

    WebhookEndpoint get(UUID id) {
        return jdbc.query("SELECT * FROM webhook_endpoints WHERE id = ?", WebhookEndpoints::view, id).stream()
                .findFirst().orElseThrow(() -> notFound(id));
    }

    /** No transaction: the URL check resolves the host (DNS) first, and one statement needs none. */
    WebhookEndpoint create(EndpointRequest request) {
        String url = guard.check(request.url()).toString();
        List<String> events = events(request.events());
        UUID id = UUID.randomUUID();
        String secret = newSecret();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("""
                INSERT INTO webhook_endpoints (id, url, events, description, active, secret, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
            ps.setObject(1, id);
            ps.setString(2, url);
            ps.setArray(3, ps.getConnection().createArrayOf("text", events.toArray()));
            ps.setString(4, request.description());
            ps.setBoolean(5, request.active() == null || request.active());
            ps.setString(6, cipher.encrypt(secret));
            ps.setTimestamp(7, now);
            ps.setTimestamp(8, now);
        });
        return get(id).withSecret(secret);
    }

    /**
     * Replaces url, events, description and active; switching an endpoint back on clears why it was off.
     * No transaction, as for {@link #create}: the host is resolved before the one statement.
     */
    WebhookEndpoint update(UUID id, EndpointRequest request) {
        String url = guard.check(request.url()).toString();
        List<String> events = events(request.events());
        boolean active = request.active() == null || request.active();
        int updated = jdbc.update("""
                UPDATE webhook_endpoints SET url = ?, events = ?, description = ?, active = ?,
                       disabled_reason = CASE WHEN ? THEN NULL ELSE disabled_reason END, updated_at = ?
                 WHERE id = ?""", ps -> {
            ps.setString(1, url);
            ps.setArray(2, ps.getConnection().createArrayOf("text", events.toArray()));
            ps.setString(3, request.description());
            ps.setBoolean(4, active);
            ps.setBoolean(5, active);
            ps.setTimestamp(6, Timestamp.from(clock.instant()));
            ps.setObject(7, id);
        });
        if (updated == 0) {
            throw notFound(id);
        }
        return get(id);
    }

    @Transactional
    void delete(UUID id) {
        if (jdbc.update("DELETE FROM webhook_endpoints WHERE id = ?", id) == 0) {
            throw notFound(id);
        }
    }

    /** A new secret, shown once; the old one still signs (beside it) during {@code overlap}. */
    @Transactional
    WebhookEndpoint rotate(UUID id, @Nullable Duration overlap) {
        Duration kept = overlap == null ? Duration.ofHours(24) : overlap;
        if (kept.isNegative() || kept.compareTo(MAX_OVERLAP) > 0) {
            throw new BadRequestException("invalid_overlap", "overlap must be between PT0S and P7D");
        }
        String secret = newSecret();
        Instant now = clock.instant();
        int updated = jdbc.update("""
                UPDATE webhook_endpoints SET previous_secret = secret, previous_secret_until = ?, secret = ?,
                       updated_at = ? WHERE id = ?""", Timestamp.from(now.plus(kept)), cipher.encrypt(secret),
                Timestamp.from(now), id);
        if (updated == 0) {
            throw notFound(id);
        }
        return get(id).withSecret(secret);
    }

    @Nullable
    Target target(UUID id) {
        return jdbc.query("SELECT id, url, active, secret, previous_secret, previous_secret_until FROM webhook_endpoints "
                + "WHERE id = ?", (rs, n) -> new Target(rs.getObject("id", UUID.class), rs.getString("url"),
                rs.getBoolean("active"), cipher.decrypt(rs.getString("secret")),
                rs.getString("previous_secret") == null ? null : cipher.decrypt(rs.getString("previous_secret")),
                instant(rs, "previous_secret_until")), id).stream().findFirst().orElse(null);
    }

    /** Switched off after a delivery used up its retries; true when it was on until now. */
    boolean disable(UUID id, String reason) {
        return jdbc.update("UPDATE webhook_endpoints SET active = FALSE, disabled_reason = ?, updated_at = ? "
                + "WHERE id = ? AND active", reason, Timestamp.from(clock.instant()), id) == 1;
    }

    private static List<String> events(List<String> requested) {
        LinkedHashSet<String> events = new LinkedHashSet<>();
        for (String event : requested) {
            String e = event == null ? "" : event.strip();
            if (!e.equals(WebhookEventTypes.ALL) && !WebhookEventTypes.TYPES.contains(e)) {
                throw new BadRequestException("unknown_event", "There is no event type " + e,
                        Map.of("event", e.length() > 80 ? e.substring(0, 80) : e, "known", WebhookEventTypes.TYPES));
            }
            events.add(e);
        }
        return new ArrayList<>(events);
    }

    /** A Standard Webhooks secret: {@code whsec_} and the base64 of 32 random bytes. */
    static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }

    private static WebhookEndpoint view(ResultSet rs, int n) throws SQLException {
        Array events = rs.getArray("events");
        return new WebhookEndpoint(rs.getObject("id", UUID.class), rs.getString("url"),
                Arrays.asList((String[]) events.getArray()), rs.getString("description"), rs.getBoolean("active"),
                rs.getString("disabled_reason"), instant(rs, "previous_secret_until"), instant(rs, "created_at"),
                instant(rs, "updated_at"), null);
    }


    static NotFoundException notFound(UUID id) {
        return new NotFoundException("webhook_not_found", "There is no webhook endpoint " + id);
    }
}
