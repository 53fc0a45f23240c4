package dev.comptoir.customers.addresses;

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
    @Operation(summary = "Every address of the caller, oldest first")
    @GetMapping
    PageResponse<AddressView> list() {
        List<AddressView> all = book.list(CurrentUser.require());
        return PageResponse.of(all, 1, AddressBook.MAX_ADDRESSES, all.size());
    }

    @Operation(summary = "One of the caller's addresses")
    @GetMapping("/{id}")
    AddressView get(@PathVariable UUID id) {
        return book.get(CurrentUser.require(), id);
    }

    @Operation(summary = "Add an address; a new default replaces the previous one")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AddressView create(@Valid @RequestBody AddressRequest request) {
        return book.create(CurrentUser.require(), request);
    }

    @Operation(summary = "Replace an address (every member); a new default replaces the previous one")
    @PutMapping("/{id}")
    AddressView replace(@PathVariable UUID id, @Valid @RequestBody AddressRequest request) {
        return book.replace(CurrentUser.require(), id, request);
    }

    @Operation(summary = "Delete an address")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        book.delete(CurrentUser.require(), id);
    }
}
