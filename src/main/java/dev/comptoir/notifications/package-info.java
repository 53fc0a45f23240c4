/**
 * Notifications: the emails sent after commit from real state changes (order confirmed, cancelled,
 * shipped; money refunded; an account's sign-in locked) and the staff alert emails, through the event
 * publication registry as outside effects (ADR 0004), each at most once per delivery key.
 */
@ApplicationModule(allowedDependencies = {"orders", "payments", "customers"})
package dev.comptoir.notifications;

import org.springframework.modulith.ApplicationModule;
