package dev.comptoir.customers.addresses;

import dev.comptoir.customers.AddressSnapshot;
import dev.comptoir.shared.error.BusinessRuleException;
import dev.comptoir.shared.error.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's addresses. Every write first locks the customer's account row, so that the limit and
 * the "one default of each kind" rule hold under concurrent requests; the partial unique indexes
 * back the latter up. Another customer's address is reported exactly like a missing one.
 */
@Service
public class AddressBook {

    static final int MAX_ADDRESSES = 50;

    private final AddressRepository addresses;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    AddressBook(AddressRepository addresses, JdbcTemplate jdbc, Clock clock) {
        this.addresses = addresses;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<AddressView> list(UUID userId) {
        return addresses.findByUserIdOrderByCreatedAtAscIdAsc(userId).stream().map(Address::view).toList();
    }

    /** For staff: any account's addresses, a deactivated one's included; an unknown account is 404. */
    @Transactional(readOnly = true)
    List<AddressView> listForStaff(UUID userId) {
        Boolean known = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM users WHERE id = ?)", Boolean.class, userId);
        if (!Boolean.TRUE.equals(known)) {
            throw new NotFoundException("user_not_found", "This account does not exist");
        }
        return list(userId);
    }

    @Transactional(readOnly = true)
    AddressView get(UUID userId, UUID addressId) {
        return owned(userId, addressId).view();
    }

    @Transactional
    AddressView create(UUID userId, AddressRequest request) {
        lockCustomer(userId);
        if (addresses.countByUserId(userId) >= MAX_ADDRESSES) {
            throw new BusinessRuleException("address_limit_reached",
                    "An address book holds at most " + MAX_ADDRESSES + " addresses",
                    Map.of("limit", MAX_ADDRESSES));
        }
        Address address = new Address(userId, request, clock.instant());
        clearOtherDefaults(userId, address.id(), request);
        return addresses.save(address).view();
    }

    @Transactional
    AddressView replace(UUID userId, UUID addressId, AddressRequest request) {
        lockCustomer(userId);
        Address address = owned(userId, addressId);
        clearOtherDefaults(userId, address.id(), request);
        address.replace(request, clock.instant());
        return address.view();
    }

    @Transactional
    void delete(UUID userId, UUID addressId) {
        lockCustomer(userId);
        addresses.delete(owned(userId, addressId));
    }

    /** For checkout: the customer's own address, or empty (also for another customer's). */
    @Transactional(readOnly = true)
    public Optional<AddressSnapshot> find(UUID userId, UUID addressId) {
        if (userId == null || addressId == null) {
            return Optional.empty();
        }
        return addresses.findByIdAndUserId(addressId, userId).map(Address::snapshot);
    }

    private Address owned(UUID userId, UUID addressId) {
        return addresses.findByIdAndUserId(addressId, userId)
                .orElseThrow(() -> new NotFoundException("address_not_found", "No such address"));
    }

    // Called before the entity changes: the bulk UPDATE flushes pending changes first, and the new
    // default must reach the database only after the old one is cleared.
    private void clearOtherDefaults(UUID userId, UUID keep, AddressRequest request) {
        if (Boolean.TRUE.equals(request.isDefaultShipping())) {
            addresses.clearDefaultShipping(userId, keep);
        }
        if (Boolean.TRUE.equals(request.isDefaultBilling())) {
            addresses.clearDefaultBilling(userId, keep);
        }
    }

    private void lockCustomer(UUID userId) {
        List<Integer> live = jdbc.query("SELECT 1 FROM users WHERE id = ? AND deleted_at IS NULL FOR UPDATE",
                (rs, i) -> 1, userId);
        if (live.isEmpty()) {
            throw new NotFoundException("customer_not_found", "This account no longer exists");
        }
    }
}
