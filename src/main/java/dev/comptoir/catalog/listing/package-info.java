/** Exposed to the search module, which indexes the catalog's entities and answers the listing. */
@NamedInterface("listing")
package dev.comptoir.catalog.listing;

import org.springframework.modulith.NamedInterface;
