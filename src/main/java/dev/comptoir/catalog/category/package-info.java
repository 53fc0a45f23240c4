/** Exposed to the search module, which indexes the catalog's entities and answers the listing. */
@NamedInterface("category")
package dev.comptoir.catalog.category;

import org.springframework.modulith.NamedInterface;
