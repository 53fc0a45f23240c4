package dev.comptoir.pricelists.groups;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The SQL of groups and their members: row locks, counts, pages of members, set-wise inserts. */
@Component
class Memberships {

    record Membership(UUID userId, Instant addedAt) {}

    private final JdbcTemplate jdbc;

    Memberships(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the groups that exist among {@code ids} against deletion until the transaction ends (a
     * delete waits, or went first and they are gone), and returns them.
     */
    Set<UUID> shareLock(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.query(con -> {
            var statement = con.prepareStatement(
                    "SELECT id FROM customer_groups WHERE id = ANY(?) ORDER BY id FOR SHARE");
            statement.setArray(1, con.createArrayOf("uuid", ids.toArray()));
            return statement;
        }, (rs, n) -> rs.getObject(1, UUID.class)));
    }

    /** Locks the group for its deletion: writers that would reference it wait, or went first. */
    boolean lockForDelete(UUID groupId) {
        return !jdbc.queryForList("SELECT id FROM customer_groups WHERE id = ? FOR UPDATE", UUID.class, groupId)
                .isEmpty();
    }

    /** The price lists limited to this group, a few of them (for the refusal's message). */
    List<UUID> priceListsUsing(UUID groupId) {
        return jdbc.queryForList("SELECT price_list_id FROM price_list_groups WHERE group_id = ? "
                + "ORDER BY price_list_id LIMIT 20", UUID.class, groupId);
    }

    Map<UUID, Long> counts(Collection<UUID> groupIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (groupIds.isEmpty()) {
            return counts;
        }
        jdbc.query(con -> {
            var statement = con.prepareStatement("SELECT group_id, count(*) FROM customer_group_members "
                    + "WHERE group_id = ANY(?) GROUP BY group_id");
            statement.setArray(1, con.createArrayOf("uuid", groupIds.toArray()));
            return statement;
        }, rs -> {
            counts.put(rs.getObject(1, UUID.class), rs.getLong(2));
        });
        return counts;
    }

    long count(UUID groupId) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM customer_group_members WHERE group_id = ?",
                Long.class, groupId);
        return count == null ? 0 : count;
    }

    /** Newest members first. */
    List<Membership> page(UUID groupId, int limit, long offset) {
        return jdbc.query("SELECT user_id, added_at FROM customer_group_members WHERE group_id = ? "
                        + "ORDER BY added_at DESC, user_id LIMIT ? OFFSET ?",
                (rs, n) -> new Membership(rs.getObject(1, UUID.class),
                        rs.getTimestamp(2).toInstant()), groupId, limit, offset);
    }

    /** Adds those not yet members; returns how many were added. */
    int add(UUID groupId, Collection<UUID> userIds, Instant now) {
        return jdbc.update(con -> {
            var statement = con.prepareStatement("INSERT INTO customer_group_members (group_id, user_id, added_at) "
                    + "SELECT ?, u, ? FROM unnest(?::uuid[]) AS u ON CONFLICT DO NOTHING");
            statement.setObject(1, groupId);
            statement.setTimestamp(2, Timestamp.from(now));
            statement.setArray(3, con.createArrayOf("uuid", userIds.toArray()));
            return statement;
        });
    }

    boolean remove(UUID groupId, UUID userId) {
        return jdbc.update("DELETE FROM customer_group_members WHERE group_id = ? AND user_id = ?", groupId,
                userId) > 0;
    }

    Set<UUID> groupsOf(UUID userId) {
        return new HashSet<>(jdbc.queryForList(
                "SELECT group_id FROM customer_group_members WHERE user_id = ?", UUID.class, userId));
    }
}
