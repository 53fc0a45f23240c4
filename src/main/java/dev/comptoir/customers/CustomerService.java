package dev.comptoir.customers;

import dev.comptoir.customers.addresses.AddressBook;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask about customers. */
@Service
public class CustomerService {

    private final UserRepository users;
    private final AddressBook addresses;

    CustomerService(UserRepository users, AddressBook addresses) {
        this.users = users;
        this.addresses = addresses;
    }

    /** One of the customer's saved addresses; empty when unknown or another customer's. */
    public Optional<AddressSnapshot> findAddress(UUID userId, UUID addressId) {
        return addresses.find(userId, addressId);
    }

    /** A live account's email and name; empty for an unknown or deleted account. */
    @Transactional(readOnly = true)
    public Optional<CustomerSummary> find(UUID userId) {
        if (userId == null) {
            return Optional.empty();
        }
        return users.findByIdAndDeletedAtIsNull(userId).map(User::summary);
    }
}
