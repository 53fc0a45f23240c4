/**
 * Pricing rules: VAT by destination country, shipping by zone (flat rate, free above a threshold),
 * delivery estimates in business days, and the totals that cart and checkout show. Pure domain plus
 * configuration ({@code comptoir.pricing}); no tables. Use {@link dev.comptoir.pricing.PricingService}.
 */
@ApplicationModule(allowedDependencies = {})
package dev.comptoir.pricing;

import org.springframework.modulith.ApplicationModule;
