/** Customer groups and their members, managed at {@code /api/admin/customer-groups}. */
@NullMarked
package dev.comptoir.pricelists.groups;

import org.jspecify.annotations.NullMarked;
