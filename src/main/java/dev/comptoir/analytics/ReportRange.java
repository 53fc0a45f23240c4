package dev.comptoir.analytics;

import dev.comptoir.shared.web.InstantParam;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * A report's days, {@code from} to {@code to} inclusive, as calendar dates in {@code zone}: the instants
 * run from {@code from}'s midnight to the midnight after {@code to} there (DST included). Default: the
 * last 30 days. At most two years; every bad value is a 400 naming its parameter.
 */
record ReportRange(LocalDate from, LocalDate to, ZoneId zone) {

    static final long MAX_DAYS = 731;

    static ReportRange parse(String from, String to, String tz, Clock clock) {
        ZoneId zone = zone(tz);
        LocalDate given = from == null || from.isBlank() ? null : date("from", from);
        LocalDate end = to == null || to.isBlank() ? LocalDate.now(clock.withZone(zone)) : date("to", to);
        LocalDate start = given == null ? end.minusDays(29) : given;
        if (start.isAfter(end)) {
            throw InstantParam.invalid("from", "must not be after to");
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            throw InstantParam.invalid("to", "must be at most " + MAX_DAYS + " days after from");
        }
        return new ReportRange(start, end, zone);
    }

    Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    Instant endExclusive() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static ZoneId zone(String tz) {
        if (tz == null || tz.isBlank()) {
            return ZoneId.of("UTC");
        }
        // region names only (Europe/Paris, UTC): PostgreSQL reads them from the same tz database
        if (!ZoneId.getAvailableZoneIds().contains(tz.trim())) {
            throw InstantParam.invalid("tz", "must be a time zone name such as Europe/Paris or UTC");
        }
        return ZoneId.of(tz.trim());
    }

    private static LocalDate date(String name, String value) {
        try {
            LocalDate date = LocalDate.parse(value.trim());
            if (date.getYear() < 1970 || date.getYear() > 9998) {
                throw InstantParam.invalid(name, "must lie between 1970-01-01 and 9998-12-31");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw InstantParam.invalid(name, "must be an ISO date such as 2026-01-31");
        }
    }
}
