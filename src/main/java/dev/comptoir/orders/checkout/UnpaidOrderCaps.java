package dev.comptoir.orders.checkout;

import dev.comptoir.shared.error.ConflictException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inventory hoarding: an unpaid order holds its stock until it expires, so one buyer may hold only a
 * few at once — per account, per email and per client address. Checked inside the checkout's
 * transaction under an advisory lock per key (taken in one order, so two checkouts never wait on each
 * other in a cycle), held to the commit: concurrent checkouts of one buyer are counted one after the
 * other and cannot both slip under the cap.
 */
@Component
class UnpaidOrderCaps {

    private final JdbcTemplate jdbc;
    private final OrdersProperties properties;

    UnpaidOrderCaps(JdbcTemplate jdbc, OrdersProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** 409 {@code too_many_unpaid_orders} when one more unpaid order would pass a cap. */
    @Transactional(propagation = Propagation.MANDATORY)
    void check(UUID userId, String email, String clientKey, Instant now) {
        List<Cap> caps = new ArrayList<>();
        if (userId != null && properties.maxUnpaidPerCustomer() > 0) {
            caps.add(new Cap("customer", "user_id = ?::uuid", userId.toString(), properties.maxUnpaidPerCustomer()));
        }
        if (properties.maxUnpaidPerEmail() > 0) {
            caps.add(new Cap("email", "email = ?", email, properties.maxUnpaidPerEmail()));
        }
        if (clientKey != null && properties.maxUnpaidPerClient() > 0) {
            caps.add(new Cap("client", "client_key = ?", clientKey, properties.maxUnpaidPerClient()));
        }
        if (caps.isEmpty()) {
            return;
        }
        TreeSet<String> keys = new TreeSet<>();
        caps.forEach(cap -> keys.add("unpaid-orders:" + cap.scope() + ":" + cap.value()));
        jdbc.query("SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM (SELECT unnest(?::text[]) AS k "
                + "ORDER BY 1) AS ordered", rs -> {}, (Object) keys.toArray(String[]::new));

        StringBuilder sql = new StringBuilder("SELECT ");
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < caps.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("count(*) FILTER (WHERE ").append(caps.get(i).condition())
                    .append(")");
            args.add(caps.get(i).value());
        }
        sql.append(" FROM orders WHERE status = 'pending' AND payment_status <> 'paid' AND expires_at > ? AND (");
        args.add(Timestamp.from(now));
        for (int i = 0; i < caps.size(); i++) {
            sql.append(i == 0 ? "" : " OR ").append(caps.get(i).condition());
            args.add(caps.get(i).value());
        }
        sql.append(")");
        jdbc.query(sql.toString(), rs -> {
            for (int i = 0; i < caps.size(); i++) {
                Cap cap = caps.get(i);
                if (rs.getLong(i + 1) >= cap.max()) {
                    throw new ConflictException("too_many_unpaid_orders", cap.holder() + " already "
                            + cap.max() + " unpaid orders: pay or cancel one before placing another",
                            Map.of("scope", cap.scope(), "maxUnpaidOrders", cap.max()));
                }
            }
        }, args.toArray());
    }

    private record Cap(String scope, String condition, String value, int max) {
        String holder() {
            return switch (scope) {
                case "customer" -> "Your account has";
                case "email" -> "This email has";
                default -> "This network address has";
            };
        }
    }
}
