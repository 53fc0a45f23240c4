package dev.comptoir.shared.events;

import java.sql.SQLException;
import org.springframework.dao.DataAccessException;

/**
 * A failure told in one line that is safe to log and to show to staff: database errors by their kind
 * only, since their messages may carry SQL and the values of a row.
 */
public final class Failures {

    private static final int MAX = 1000;

    private Failures() {}

    public static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataAccessException || t instanceof SQLException) {
                return "database error (" + t.getClass().getSimpleName() + ")";
            }
        }
        String message = failure.getMessage();
        String line = failure.getClass().getSimpleName() + (message == null ? "" : ": " + message.strip());
        line = line.replaceAll("\\s+", " ");
        return line.length() <= MAX ? line : line.substring(0, MAX - 1) + "…";
    }
}
