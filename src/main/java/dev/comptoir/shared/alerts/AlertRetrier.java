package dev.comptoir.shared.alerts;

/**
 * What a retry of an alert does, for the alerts a module knows how to retry (a failed refund is
 * tried again by payments; a given-up event publication is put back in the outbox).
 */
public interface AlertRetrier {

    boolean canRetry(StaffAlert alert);

    /** Starts the retry; its outcome comes later (a new alert if it fails again). */
    void retry(StaffAlert alert);
}
