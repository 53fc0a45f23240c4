/** Price lists and their prices, managed at {@code /api/admin/price-lists}. */
@NullMarked
package dev.comptoir.pricelists.lists;

import org.jspecify.annotations.NullMarked;
