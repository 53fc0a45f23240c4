package dev.comptoir.shared.events;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Completed event publications are kept {@code OUTBOX_RETENTION} (7 days), then deleted. */
@Component
class OutboxPurge {

    private final CompletedEventPublications completed;
    private final OutboxProperties properties;

    OutboxPurge(CompletedEventPublications completed, OutboxProperties properties) {
        this.completed = completed;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT2M")
    @SchedulerLock(name = "outbox-purge", lockAtMostFor = "PT30M")
    void purge() {
        completed.deletePublicationsOlderThan(properties.retention());
    }
}
