package dev.comptoir.customers.addresses;

import java.time.Instant;
import java.util.UUID;

/** An address as {@code /api/users/me/addresses} returns it. */
record AddressView(UUID id, String label, String firstName, String lastName, String company, String line1,
        String line2, String city, String postalCode, String country, String phone, boolean isDefaultShipping,
        boolean isDefaultBilling, Instant createdAt, Instant updatedAt) {}
