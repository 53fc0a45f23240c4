/** Exposed to the search module, which indexes the catalog's entities and answers the listing. */
@NamedInterface("product")
package dev.comptoir.catalog.product;

import org.springframework.modulith.NamedInterface;
