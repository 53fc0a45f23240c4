package dev.comptoir.shared.web;

import dev.comptoir.shared.error.BadRequestException;
import dev.comptoir.shared.error.Problems.FieldProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * A {@code from}/{@code to} query parameter given as an ISO date ({@code 2026-01-31}, a whole UTC day)
 * or an instant ({@code 2026-01-31T10:00:00Z}, or with an offset). Malformed or out-of-range values are a
 * 400 naming the parameter, never a 500.
 */
public final class InstantParam {

    private static final Instant MIN = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant MAX = Instant.parse("9999-12-31T23:59:59Z");

    private InstantParam() {}

    /** The first instant the parameter covers (the start of a day for a date). */
    public static Instant start(String name, String value) {
        return parse(name, value, false);
    }

    /** The first instant after the parameter: the next day's start for a date, just after an instant. */
    public static Instant endExclusive(String name, String value) {
        return parse(name, value, true);
    }

    /** 400 naming {@code fromName} when the range is reversed. */
    public static void requireOrdered(String fromName, Instant from, String toName, Instant toExclusive) {
        if (from != null && toExclusive != null && !from.isBefore(toExclusive)) {
            throw invalid(fromName, "must not be after " + toName);
        }
    }

    private static Instant parse(String name, String value, boolean end) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        Instant instant;
        boolean date = false;
        try {
            if (v.length() <= 10) {
                instant = LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC);
                date = true;
            } else if (v.endsWith("Z") || v.matches(".*[+-]\\d{2}:\\d{2}$")) {
                instant = OffsetDateTime.parse(v).toInstant();
            } else {
                instant = LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
            }
        } catch (DateTimeParseException | ArithmeticException e) {
            throw invalid(name, "must be an ISO date (2026-01-31) or date-time (2026-01-31T10:00:00Z)");
        }
        if (instant.isBefore(MIN) || instant.isAfter(MAX)) {
            throw invalid(name, "must lie between 1970-01-01 and 9999-12-31");
        }
        if (!end) {
            return instant;
        }
        return date ? instant.plus(1, ChronoUnit.DAYS) : instant.plus(1, ChronoUnit.MICROS);
    }

    public static BadRequestException invalid(String name, String message) {
        return new BadRequestException("invalid_data", "Invalid request: " + name + " " + message,
                Map.of("errors", FieldProblem.single(name, message)));
    }
}
