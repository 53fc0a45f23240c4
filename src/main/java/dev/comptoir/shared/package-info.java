/**
 * Shared kernel: configuration, money, problem responses, paging, security plumbing, rate limits,
 * idempotency and web platform concerns. No business rules live here.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package dev.comptoir.shared;

import org.springframework.modulith.ApplicationModule;
