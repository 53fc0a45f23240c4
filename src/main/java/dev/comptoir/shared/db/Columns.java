package dev.comptoir.shared.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Reading columns JDBC has no direct getter for, for the stores written with JdbcTemplate. */
public final class Columns {

    private Columns() {}

    /** A {@code timestamp with time zone} column as an instant; null when the column is. */
    public static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
