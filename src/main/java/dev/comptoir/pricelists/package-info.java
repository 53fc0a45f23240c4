/**
 * Price lists and customer groups: sale and override prices per SKU and currency, for everyone or for
 * customer groups, in a period. Catalog, cart and checkout ask {@link dev.comptoir.pricelists.PriceLists}
 * for the best applicable price (ADR 0010). Members are user ids, checked through the shared
 * {@link dev.comptoir.shared.security.UserDirectory}: this module depends on no business module.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package dev.comptoir.pricelists;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
