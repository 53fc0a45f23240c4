package dev.comptoir.customers;

import java.util.UUID;

/**
 * What other modules may know about a customer: enough to address an email in the customer's
 * language ({@code locale}, e.g. {@code fr}) or show a name.
 */
public record CustomerSummary(UUID id, String email, String firstName, String lastName, String locale,
        boolean emailVerified) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
