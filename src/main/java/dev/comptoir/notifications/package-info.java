/**
 * Notifications: the emails sent after commit from real state changes (order confirmed, cancelled,
 * shipped; money refunded) and the staff alert emails, through the event publication registry as
 * outside effects (ADR 0004), each at most once per delivery key.
 */
@ApplicationModule(allowedDependencies = {"orders", "payments"})
package dev.comptoir.notifications;

import org.springframework.modulith.ApplicationModule;
