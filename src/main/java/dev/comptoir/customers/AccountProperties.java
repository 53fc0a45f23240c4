package dev.comptoir.customers;

import dev.comptoir.shared.InvalidConfigurationException;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The account lifecycle (ADR 0006). {@code EMAIL_VERIFICATION_REQUIRED}: a customer must verify the
 * address before checking out (signing in works either way). How long each emailed link lives
 * ({@code PASSWORD_RESET_TTL}, {@code EMAIL_VERIFICATION_TTL}, {@code EMAIL_CHANGE_TTL}), and how many
 * links of one kind an account is sent per hour ({@code ACCOUNT_EMAILS_PER_HOUR}): past it, requests
 * get the same answer and send nothing, so nobody can flood a mailbox.
 */
@ConfigurationProperties("comptoir.accounts")
record AccountProperties(@DefaultValue("false") boolean emailVerificationRequired,
        @DefaultValue("1h") Duration passwordResetTtl, @DefaultValue("48h") Duration emailVerificationTtl,
        @DefaultValue("24h") Duration emailChangeTtl, @DefaultValue("5") int emailsPerHour) {

    AccountProperties {
        check("PASSWORD_RESET_TTL", passwordResetTtl, Duration.ofDays(1), "1d");
        check("EMAIL_VERIFICATION_TTL", emailVerificationTtl, Duration.ofDays(30), "30d");
        check("EMAIL_CHANGE_TTL", emailChangeTtl, Duration.ofDays(7), "7d");
        if (emailsPerHour < 1 || emailsPerHour > 100) {
            throw new InvalidConfigurationException("ACCOUNT_EMAILS_PER_HOUR",
                    "must be between 1 and 100 (got " + emailsPerHour + ")");
        }
    }

    private static void check(String name, Duration value, Duration max, String maxText) {
        if (value.toMinutes() < 5 || value.compareTo(max) > 0) {
            throw new InvalidConfigurationException(name, "must be between 5m and " + maxText);
        }
    }
}
