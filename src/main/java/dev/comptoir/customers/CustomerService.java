package dev.comptoir.customers;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask about customers. */
@Service
public class CustomerService {

    private final UserRepository users;

    CustomerService(UserRepository users) {
        this.users = users;
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
