/**
 * Payments: payment intents through a provider (Stripe, or a simulated one by default), signed Stripe
 * webhooks processed once each, full and partial refunds. Orders are only an opaque reference here.
 */
@ApplicationModule(allowedDependencies = {})
package dev.comptoir.payments;

import org.springframework.modulith.ApplicationModule;
