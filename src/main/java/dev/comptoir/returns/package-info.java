/**
 * Returns and exchanges: a customer asks to send units of a delivered order back, staff approve,
 * receive (stock back through inventory) and refund them (through payments), at most once each.
 */
@ApplicationModule(allowedDependencies = {"orders", "inventory", "payments", "catalog"})
package dev.comptoir.returns;

import org.springframework.modulith.ApplicationModule;
