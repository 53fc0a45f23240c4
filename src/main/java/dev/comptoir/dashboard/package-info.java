/**
 * Dashboard: serves the admin web UI at {@code /admin} (static ES modules and WebJars). The UI is a
 * client of the public REST API with the caller's own token, so this module depends on no other
 * (ADR 0007).
 */
@ApplicationModule(allowedDependencies = {})
package dev.comptoir.dashboard;

import org.springframework.modulith.ApplicationModule;
