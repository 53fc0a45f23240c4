/**
 * Notifications: the emails sent after commit from real state changes (order confirmed, cancelled,
 * shipped; money refunded; an account's sign-in locked), the account lifecycle's emails (verification,
 * password reset, email change) and the staff alert emails, through the event publication registry as
 * outside effects (ADR 0004), each at most once per delivery key; HTML with a text part, in the reader's
 * language (an order's items named from the catalog's translations).
 */
@ApplicationModule(allowedDependencies = {"orders", "payments", "customers", "catalog"})
package dev.comptoir.notifications;

import org.springframework.modulith.ApplicationModule;
