/**
 * Notifications: the emails sent after commit from events (order confirmation, cancellation, ...),
 * through the event publication registry, each at most once.
 */
@ApplicationModule(allowedDependencies = {"orders"})
package dev.comptoir.notifications;

import org.springframework.modulith.ApplicationModule;
