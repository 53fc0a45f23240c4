package dev.comptoir.customers;

import dev.comptoir.shared.Hashes;
import dev.comptoir.shared.error.TooManyRequestsException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failed logins counted per account, from any client (the IP rate limit alone lets a botnet guess one
 * account's password from thousands of addresses). The row is keyed by the email's hash, whether an
 * account has it or not, so an unknown email is refused exactly like a known one. While locked, a login
 * is refused before its password is checked, right or wrong, and does not count; every failure that was
 * checked counts, so a burst of concurrent guesses lengthens the lock instead of slipping past it.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final LoginLockProperties policy;
    private final Clock clock;

    LoginThrottle(JdbcTemplate jdbc, TransactionTemplate transaction, ApplicationEventPublisher events,
            LoginLockProperties policy, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
        this.policy = policy;
        this.clock = clock;
    }

    /** Refuses (429) while the email's sign-in is locked; one indexed read. */
    void checkNotLocked(String email) {
        Instant now = clock.instant();
        lockedUntil(key(email)).filter(until -> until.isAfter(now)).ifPresent(until -> {
            throw locked(until, now);
        });
    }

    /**
     * Forgets the failures after a correct password, unless a concurrent failure locked the email in
     * the meantime: then this login is refused too (the lock holds for right and wrong passwords alike).
     */
    void succeeded(String email) {
        String key = key(email);
        Instant now = clock.instant();
        int deleted = jdbc.update("DELETE FROM login_failures WHERE email_hash = ? AND (locked_until IS NULL "
                + "OR locked_until <= ?)", key, Timestamp.from(now));
        if (deleted == 0) {
            lockedUntil(key).filter(until -> until.isAfter(now)).ifPresent(until -> {
                throw locked(until, now);
            });
        }
    }

    /**
     * Counts a wrong password (or an unknown email) and locks the email once the failures reach the
     * threshold; a lock that starts now is announced to the account's holder, if there is one.
     */
    void failed(String email, Optional<User> account) {
        String key = key(email);
        transaction.executeWithoutResult(status -> {
            Instant now = clock.instant();
            Timestamp at = Timestamp.from(now);
            jdbc.update("""
                    INSERT INTO login_failures (email_hash, failures, last_failure_at) VALUES (?, 1, ?)
                    ON CONFLICT (email_hash) DO UPDATE SET
                        failures = CASE WHEN login_failures.last_failure_at < ? THEN 1
                                        ELSE login_failures.failures + 1 END,
                        locked_until = CASE WHEN login_failures.last_failure_at < ? THEN NULL
                                            ELSE login_failures.locked_until END,
                        last_failure_at = EXCLUDED.last_failure_at""", key, at,
                    Timestamp.from(now.minus(policy.resetAfter())), Timestamp.from(now.minus(policy.resetAfter())));
            // the row is locked by the upsert until commit: concurrent failures of this email queue here
            var row = jdbc.queryForMap("SELECT failures, locked_until FROM login_failures WHERE email_hash = ?", key);
            int failures = ((Number) row.get("failures")).intValue();
            Instant lockedUntil = row.get("locked_until") == null ? null : ((Timestamp) row.get("locked_until")).toInstant();
            Duration lock = policy.lockAfter(failures);
            if (lock.isZero()) {
                return;
            }
            boolean alreadyLocked = lockedUntil != null && lockedUntil.isAfter(now);
            Instant until = now.plus(lock);
            if (alreadyLocked && !until.isAfter(lockedUntil)) {
                return;
            }
            jdbc.update("UPDATE login_failures SET locked_until = ? WHERE email_hash = ?", Timestamp.from(until), key);
            if (!alreadyLocked) {
                log.info("Sign-in locked for {} after {} failed logins in a row", lock, failures);
                account.ifPresent(user -> events.publishEvent(
                        new CustomerSignInLocked(user.id(), user.email(), failures, until, now, user.locale())));
            }
        });
    }

    /** Forgets failures nobody added to for {@code reset-after}; several instances may run it at once. */
    @Scheduled(cron = "${comptoir.auth.login-lock.cleanup-cron:0 27 4 * * *}")
    public void forgetOldFailures() {
        Instant before = clock.instant().minus(policy.resetAfter());
        int deleted = jdbc.update("DELETE FROM login_failures WHERE last_failure_at < ? AND (locked_until IS NULL "
                + "OR locked_until < ?)", Timestamp.from(before), Timestamp.from(clock.instant()));
        if (deleted > 0) {
            log.info("Forgot the failed logins of {} emails", deleted);
        }
    }

    private Optional<Instant> lockedUntil(String key) {
        List<Timestamp> until = jdbc.queryForList(
                "SELECT locked_until FROM login_failures WHERE email_hash = ? AND locked_until IS NOT NULL",
                Timestamp.class, key);
        return until.stream().findFirst().map(Timestamp::toInstant);
    }

    private static String key(String email) {
        String normalized = User.normalize(email);
        return Hashes.sha256Hex(normalized == null ? "" : normalized);
    }

    /** The same answer whether the email has an account or not. */
    private static TooManyRequestsException locked(Instant until, Instant now) {
        long seconds = Math.max(1, (Duration.between(now, until).toMillis() + 999) / 1000);
        return new TooManyRequestsException("too_many_failed_logins",
                "Too many failed sign-ins for this account; try again in " + seconds + " seconds", seconds);
    }
}
