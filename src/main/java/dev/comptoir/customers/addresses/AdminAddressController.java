package dev.comptoir.customers.addresses;

import dev.comptoir.shared.openapi.ErrorCodes;
import dev.comptoir.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Staff reading a customer's address book (to answer a delivery question); staff never edit it. */
@Tag(name = "Admin: users")
@RestController
class AdminAddressController {

    private final AddressBook book;

    AdminAddressController(AddressBook book) {
        this.book = book;
    }

    @Operation(operationId = "listUserAddresses", summary = "An account's address book, for staff",
            description = "Every address of the account, oldest first, in one page (deactivated accounts included). "
                    + "Needs customers:read.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "user_not_found")
    @GetMapping("/api/admin/users/{id}/addresses")
    @PreAuthorize("hasAuthority('customers:read')")
    PageResponse<AddressView> list(@PathVariable UUID id) {
        List<AddressView> all = book.listForStaff(id);
        return PageResponse.of(all, 1, AddressBook.MAX_ADDRESSES, all.size());
    }
}
