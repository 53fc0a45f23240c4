package dev.comptoir.customers.addresses;

import dev.comptoir.customers.AddressSnapshot;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** One entry of a customer's address book. */
@Entity
@Table(name = "addresses")
class Address {

    @Id
    private UUID id;

    private UUID userId;
    private String label;
    private String firstName;
    private String lastName;
    private String company;
    private String line1;
    private String line2;
    private String city;
    private String postalCode;
    private String country;
    private String phone;

    @Column(name = "is_default_shipping")
    private boolean defaultShipping;

    @Column(name = "is_default_billing")
    private boolean defaultBilling;

    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private Long version;

    protected Address() {}

    Address(UUID userId, AddressRequest request, Instant now) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.createdAt = now;
        replace(request, now);
    }

    /** PUT semantics: every member is replaced; an absent optional member becomes empty. */
    void replace(AddressRequest r, Instant now) {
        AddressRequest n = r.normalized();
        this.label = n.label();
        this.firstName = n.firstName();
        this.lastName = n.lastName();
        this.company = n.company();
        this.line1 = n.line1();
        this.line2 = n.line2();
        this.city = n.city();
        this.postalCode = n.postalCode();
        this.country = n.country();
        this.phone = n.phone();
        this.defaultShipping = Boolean.TRUE.equals(r.isDefaultShipping());
        this.defaultBilling = Boolean.TRUE.equals(r.isDefaultBilling());
        this.updatedAt = now;
    }

    UUID id() {
        return id;
    }

    boolean isDefaultShipping() {
        return defaultShipping;
    }

    boolean isDefaultBilling() {
        return defaultBilling;
    }

    AddressView view() {
        return new AddressView(id, label, firstName, lastName, company, line1, line2, city, postalCode, country,
                phone, defaultShipping, defaultBilling, createdAt, updatedAt);
    }

    AddressSnapshot snapshot() {
        return new AddressSnapshot(id, label, firstName, lastName, company, line1, line2, city, postalCode, country,
                phone);
    }
}
