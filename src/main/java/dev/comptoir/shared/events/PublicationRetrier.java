package dev.comptoir.shared.events;

import dev.comptoir.shared.alerts.AlertRetrier;
import dev.comptoir.shared.alerts.StaffAlert;
import dev.comptoir.shared.alerts.StaffAlerts;
import org.springframework.stereotype.Component;

/** Retrying an alert that holds a given-up event publication puts the publication back in the outbox. */
@Component
class PublicationRetrier implements AlertRetrier {

    private final StaffAlerts alerts;
    private final GivenUpPublications publications;

    PublicationRetrier(StaffAlerts alerts, GivenUpPublications publications) {
        this.alerts = alerts;
        this.publications = publications;
    }

    @Override
    public boolean canRetry(StaffAlert alert) {
        return alert.holdsPublication();
    }

    @Override
    public void retry(StaffAlert alert) {
        alerts.storedPublication(alert.id()).ifPresent(p -> publications.putBack(p.publicationId(), p.listenerId(),
                p.eventType(), p.serializedEvent(), p.publishedAt()));
    }
}
