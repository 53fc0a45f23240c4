package dev.comptoir.customers;

import java.util.UUID;

/** A customer's saved address as it is at the moment of asking, for checkout to copy into an order. */
public record AddressSnapshot(UUID id, String label, String firstName, String lastName, String company,
        String line1, String line2, String city, String postalCode, String country, String phone) {}
