package dev.comptoir.customers.addresses;

import dev.comptoir.shared.openapi.ErrorCodes;
import dev.comptoir.shared.security.CurrentUser;
import dev.comptoir.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Addresses", description = "The caller's address book")
@RestController
@RequestMapping("/api/users/me/addresses")
class AddressController {

    private final AddressBook book;

    AddressController(AddressBook book) {
        this.book = book;
    }

    /** The SPEC list envelope; one page holds the whole book (at most {@value AddressBook#MAX_ADDRESSES}). */
    @Operation(operationId = "listAddresses", summary = "The address book",
            description = "Every address of the signed-in customer, oldest first.")
    @GetMapping
    PageResponse<AddressView> list() {
        List<AddressView> all = book.list(CurrentUser.require());
        return PageResponse.of(all, 1, AddressBook.MAX_ADDRESSES, all.size());
    }

    @Operation(operationId = "getAddress", summary = "One address",
            description = "One address of the signed-in customer's book.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "address_not_found")
    @GetMapping("/{id}")
    AddressView get(@PathVariable UUID id) {
        return book.get(CurrentUser.require(), id);
    }

    @Operation(operationId = "createAddress", summary = "Add an address",
            description = "Adds an address to the book; one marked default replaces the previous default. A book "
            + "holds a limited number of addresses (422 address_limit_reached).")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "customer_not_found")
    @ErrorCodes(status = HttpStatus.UNPROCESSABLE_CONTENT, value = "address_limit_reached")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AddressView create(@Valid @RequestBody AddressRequest request) {
        return book.create(CurrentUser.require(), request);
    }

    @Operation(operationId = "replaceAddress", summary = "Replace an address",
            description = "Replaces every member of an address; marked default, it replaces the previous default.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "address_not_found")
    @PutMapping("/{id}")
    AddressView replace(@PathVariable UUID id, @Valid @RequestBody AddressRequest request) {
        return book.replace(CurrentUser.require(), id, request);
    }

    @Operation(operationId = "deleteAddress", summary = "Delete an address",
            description = "Removes an address from the book (orders keep their own copy).")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "address_not_found")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        book.delete(CurrentUser.require(), id);
    }
}
