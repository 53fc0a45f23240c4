package dev.comptoir.shared.events;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Redelivers events whose listener failed or never ran (mail server down, crash, restart). One
 * instance at a time, so that two instances do not redeliver the same event together.
 */
@Component
class OutboxRetry {

    private final IncompleteEventPublications incomplete;
    private final Duration retryAfter;

    OutboxRetry(IncompleteEventPublications incomplete,
            @Value("${comptoir.outbox.retry-after:30s}") Duration retryAfter) {
        this.incomplete = incomplete;
        this.retryAfter = retryAfter;
    }

    @Scheduled(fixedDelayString = "${comptoir.outbox.retry-interval:30s}", initialDelayString = "PT5S")
    @SchedulerLock(name = "outbox-retry", lockAtMostFor = "PT5M")
    void resubmit() {
        incomplete.resubmitIncompletePublicationsOlderThan(retryAfter);
    }
}
