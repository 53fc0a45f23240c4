package dev.comptoir.customers;

import java.util.UUID;

/** What other modules may know about a customer: enough to address an email or show a name. */
public record CustomerSummary(UUID id, String email, String firstName, String lastName) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
