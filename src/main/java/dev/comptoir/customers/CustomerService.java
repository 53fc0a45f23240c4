package dev.comptoir.customers;

import dev.comptoir.customers.addresses.AddressBook;
import dev.comptoir.shared.error.ForbiddenException;
import dev.comptoir.shared.metadata.Metadata;
import dev.comptoir.shared.metadata.MetadataColumns;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask about customers. */
@Service
public class CustomerService {

    private final UserRepository users;
    private final AddressBook addresses;
    private final AccountTokens tokens;
    private final AccountProperties properties;
    private final MetadataColumns metadata;

    CustomerService(UserRepository users, AddressBook addresses, AccountTokens tokens, AccountProperties properties,
            MetadataColumns metadata) {
        this.users = users;
        this.addresses = addresses;
        this.tokens = tokens;
        this.properties = properties;
        this.metadata = metadata;
    }

    /** An account's metadata, public and private (webhook payloads, ADR 0013); deactivated accounts included. */
    @Transactional(readOnly = true)
    public Optional<Metadata> metadata(UUID userId) {
        return metadata.read("users", "id = ?", userId);
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

    /**
     * A live account about to buy; with {@code EMAIL_VERIFICATION_REQUIRED}, one whose address is not
     * verified is refused: 403 {@code email_not_verified}.
     */
    @Transactional(readOnly = true)
    public Optional<CustomerSummary> findBuyer(UUID userId) {
        Optional<CustomerSummary> buyer = find(userId);
        if (properties.emailVerificationRequired() && buyer.isPresent() && !buyer.get().emailVerified()) {
            throw new ForbiddenException("email_not_verified",
                    "Verify your email address before placing an order (POST /api/auth/verify-email/resend sends the link again)");
        }
        return buyer;
    }

    /**
     * The token to put in the link of an account email, for the token id its event carries. Only the
     * email listener asks: the token exists nowhere else (ADR 0006).
     */
    public String emailedToken(UUID tokenId) {
        return tokens.raw(tokenId);
    }
}
