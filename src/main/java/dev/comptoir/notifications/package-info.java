/**
 * Notifications: the emails sent after commit from events (order confirmation, cancellation, payment received, refund),
 * through the event publication registry, each at most once.
 */
@ApplicationModule(allowedDependencies = {"orders", "payments"})
package dev.comptoir.notifications;

import org.springframework.modulith.ApplicationModule;
