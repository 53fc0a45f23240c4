package dev.comptoir.customers;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes email tokens a week after they expire: until then a late click is told the link expired
 * rather than that it is unknown. Idempotent, so several instances may run it.
 */
@Component
class AccountTokenCleanup {

    private static final Logger log = LoggerFactory.getLogger(AccountTokenCleanup.class);

    private final AccountTokenRepository tokens;
    private final Clock clock;

    AccountTokenCleanup(AccountTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Scheduled(cron = "${comptoir.auth.token-cleanup-cron:0 17 4 * * *}")
    @Transactional
    public void deleteExpired() {
        int deleted = tokens.deleteExpiredBefore(clock.instant().minus(Duration.ofDays(7)));
        if (deleted > 0) {
            log.info("Deleted {} expired account tokens", deleted);
        }
    }
}
