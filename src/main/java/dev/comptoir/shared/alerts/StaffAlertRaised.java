package dev.comptoir.shared.alerts;

import java.util.UUID;

/**
 * An alert was opened (or opened again after a retry that failed): staff should look at it.
 * {@code listenerId} is set when the alert is a given-up event publication.
 */
public record StaffAlertRaised(UUID alertId, String kind, String summary, String subjectType, String subjectId,
        int attempts, String lastError, String listenerId) {}
