package dev.comptoir.integrations.apikeys;

import static dev.comptoir.shared.db.Columns.instant;

import dev.comptoir.markets.Market;
import dev.comptoir.markets.Markets;
import dev.comptoir.shared.Hashes;
import dev.comptoir.shared.error.BadRequestException;
import dev.comptoir.shared.error.ConflictException;
import dev.comptoir.shared.error.NotFoundException;
import dev.comptoir.shared.security.Permissions;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admins' API keys: made, listed, revoked, rotated (ADR 0013). */
@Service
class ApiKeyService {

    static final Duration DEFAULT_OVERLAP = Duration.ofHours(24);
    private static final Duration MAX_OVERLAP = Duration.ofDays(7);

    private final JdbcTemplate jdbc;
    private final Markets markets;
    private final StoredApiKeys stored;
    private final Clock clock;

    ApiKeyService(JdbcTemplate jdbc, Markets markets, StoredApiKeys stored, Clock clock) {
        this.jdbc = jdbc;
        this.markets = markets;
        this.stored = stored;
        this.clock = clock;
    }

    record CreateRequest(
            @NotNull @Pattern(regexp = "publishable|secret") @Schema(allowableValues = {"publishable", "secret"})
            String kind,
            @NotBlank @Size(max = 100) String name,
            @Schema(description = "Secret keys only, at least one: staff permissions (see GET /api/admin/roles)")
            @Nullable @Size(max = 50) List<String> permissions,
            @Schema(description = "Publishable keys only: the market of requests that name none")
            @Nullable @Size(max = 40) String market,
            @Schema(description = "Publishable keys only: requests per window and route group instead of the default")
            @Nullable @Min(1) Long rateLimit,
            @Schema(description = "When the key stops working; none: never") @Nullable Instant expiresAt) {}

    record RotateRequest(@Schema(description = "How long the old key keeps working (ISO-8601, PT0S..P7D)",
            example = "PT24H") @Nullable Duration overlap) {}

    @Transactional(readOnly = true)
    List<ApiKeyView> list() {
        return jdbc.query("SELECT * FROM api_keys ORDER BY created_at DESC, id", this::view);
    }

    @Transactional
    ApiKeyView create(CreateRequest request, String actor) {
        ApiKeyKind kind = ApiKeyKind.of(request.kind());
        List<String> permissions = permissions(kind, request.permissions());
        String market = market(kind, request.market());
        if (kind == ApiKeyKind.SECRET && request.rateLimit() != null) {
            throw settings("rateLimit is for publishable keys (a secret key is limited as staff are)");
        }
        if (request.expiresAt() != null && !request.expiresAt().isAfter(clock.instant())) {
            throw new BadRequestException("invalid_expiry", "expiresAt must be in the future");
        }
        return insert(kind, request.name().strip(), permissions, market, request.rateLimit(), request.expiresAt(), actor);
    }

    /** Stops the key at once; revoking a revoked key changes nothing. */
    @Transactional
    void revoke(UUID id) {
        if (jdbc.update("UPDATE api_keys SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?",
                Timestamp.from(clock.instant()), id) == 0) {
            throw notFound(id);
        }
        stored.forgetAfterCommit();
    }

    /** A new key with the same settings; the old one keeps working for {@code overlap}, then expires. */
    @Transactional
    ApiKeyView rotate(UUID id, @Nullable Duration overlap, String actor) {
        Duration kept = overlap == null ? DEFAULT_OVERLAP : overlap;
        if (kept.isNegative() || kept.compareTo(MAX_OVERLAP) > 0) {
            throw new BadRequestException("invalid_overlap", "overlap must be between PT0S and P7D");
        }
        ApiKeyView old = jdbc.query("SELECT * FROM api_keys WHERE id = ? FOR UPDATE", this::view, id).stream()
                .findFirst().orElseThrow(() -> notFound(id));
        switch (old.status()) {
            case "revoked" -> throw new ConflictException("api_key_revoked", "A revoked key cannot be rotated");
            case "expired" -> throw new ConflictException("api_key_expired", "An expired key cannot be rotated");
            default -> {}
        }
        if (old.rotatedTo() != null) {
            throw new ConflictException("api_key_already_rotated", "This key was already replaced by "
                    + old.rotatedTo(), Map.of("rotatedTo", old.rotatedTo().toString()));
        }
        ApiKeyView successor = insert(ApiKeyKind.of(old.kind()), old.name(), old.permissions(), old.market(),
                old.rateLimit(), old.expiresAt(), actor);
        Instant until = clock.instant().plus(kept);
        jdbc.update("UPDATE api_keys SET rotated_to = ?, expires_at = LEAST(COALESCE(expires_at, ?), ?) WHERE id = ?",
                successor.id(), Timestamp.from(until), Timestamp.from(until), id);
        stored.forgetAfterCommit();
        return successor;
    }

    private ApiKeyView insert(ApiKeyKind kind, String name, List<String> permissions, @Nullable String market,
            @Nullable Long rateLimit, @Nullable Instant expiresAt, String actor) {
        UUID id = UUID.randomUUID();
        String token = ApiKeyTokens.newToken(kind);
        jdbc.update("""
                INSERT INTO api_keys (id, kind, name, prefix, token_hash, token, permissions, market, rate_limit,
                                      created_by, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
            ps.setObject(1, id);
            ps.setString(2, kind.value());
            ps.setString(3, name);
            ps.setString(4, ApiKeyTokens.prefix(token));
            ps.setString(5, Hashes.sha256Hex(token));
            ps.setString(6, kind == ApiKeyKind.PUBLISHABLE ? token : null);
            ps.setArray(7, ps.getConnection().createArrayOf("text", permissions.toArray()));
            ps.setString(8, market);
            ps.setObject(9, rateLimit);
            ps.setString(10, actor);
            ps.setTimestamp(11, Timestamp.from(clock.instant()));
            ps.setTimestamp(12, expiresAt == null ? null : Timestamp.from(expiresAt));
        });
        ApiKeyView created = jdbc.query("SELECT * FROM api_keys WHERE id = ?", this::view, id).get(0);
        return created.withToken(token);
    }

    private static List<String> permissions(ApiKeyKind kind, @Nullable List<String> requested) {
        List<String> given = requested == null ? List.of() : requested;
        if (kind == ApiKeyKind.PUBLISHABLE) {
            if (!given.isEmpty()) {
                throw settings("A publishable key grants nothing beyond the public routes: it takes no permissions");
            }
            return List.of();
        }
        if (given.isEmpty()) {
            throw settings("A secret key needs at least one permission");
        }
        TreeSet<String> permissions = new TreeSet<>();
        for (String permission : given) {
            String p = permission == null ? "" : permission.strip();
            if (!Permissions.ALL.contains(p)) {
                throw new BadRequestException("unknown_permission", "There is no permission " + p,
                        Map.of("permission", p.length() > 40 ? p.substring(0, 40) : p, "known", Permissions.ALL));
            }
            permissions.add(p);
        }
        return List.copyOf(permissions);
    }

    private @Nullable String market(ApiKeyKind kind, @Nullable String requested) {
        if (requested == null || requested.isBlank()) {
            return null;
        }
        if (kind == ApiKeyKind.SECRET) {
            throw settings("market is for publishable keys");
        }
        // 400 unknown_market for a code no market has
        Market market = markets.resolve(requested, null);
        return market.code();
    }

    private static BadRequestException settings(String message) {
        return new BadRequestException("invalid_api_key_settings", message);
    }

    private ApiKeyView view(ResultSet rs, int n) throws SQLException {
        Array permissions = rs.getArray("permissions");
        Instant expiresAt = instant(rs, "expires_at");
        Instant revokedAt = instant(rs, "revoked_at");
        String status = revokedAt != null ? "revoked"
                : expiresAt != null && !expiresAt.isAfter(clock.instant()) ? "expired" : "active";
        long rateLimit = rs.getLong("rate_limit");
        Long limit = rs.wasNull() ? null : rateLimit;
        return new ApiKeyView(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("name"),
                rs.getString("prefix"), rs.getString("token"), Arrays.asList((String[]) permissions.getArray()),
                rs.getString("market"), limit, status, rs.getString("created_by"),
                instant(rs, "created_at"), instant(rs, "last_used_at"), expiresAt, revokedAt,
                rs.getObject("rotated_to", UUID.class));
    }


    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("api_key_not_found", "There is no API key " + id);
    }
}
