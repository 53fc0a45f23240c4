/**
 * Markets: where the shop sells (countries), in which currency, with or without tax in the prices,
 * in which languages and with which shipping zones; admin CRUD at {@code /api/admin/markets}, the
 * public list at {@code /api/markets}. Other modules use {@link dev.comptoir.markets.Markets} to read
 * markets and to know which one a request is in.
 */
@ApplicationModule(allowedDependencies = {"pricing"})
package dev.comptoir.markets;

import org.springframework.modulith.ApplicationModule;
