package dev.comptoir.customers;

import dev.comptoir.shared.InvalidConfigurationException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The accounts created at start: the admin from ADMIN_EMAIL / ADMIN_PASSWORD, and the demo customer
 * when demo data is on.
 */
@ConfigurationProperties("comptoir.admin")
record AdminProperties(
        String email,
        String password,
        @DefaultValue("admin@comptoir.local") String embeddedEmail,
        @DefaultValue("customer@comptoir.local") String demoCustomerEmail,
        @DefaultValue("comptoir-demo-2026") String demoCustomerPassword) {

    static final int MIN_PASSWORD = 10;
    static final int MAX_PASSWORD = 128;

    AdminProperties {
        email = blankToNull(email);
        password = blankToNull(password);
        if (email != null && password == null) {
            throw new InvalidConfigurationException("ADMIN_PASSWORD", "is required when ADMIN_EMAIL is set");
        }
        if (password != null && email == null) {
            throw new InvalidConfigurationException("ADMIN_EMAIL", "is required when ADMIN_PASSWORD is set");
        }
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+")) {
            throw new InvalidConfigurationException("ADMIN_EMAIL", "must be an email address (got '" + email + "')");
        }
        if (password != null && (password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD)) {
            throw new InvalidConfigurationException("ADMIN_PASSWORD",
                    "must be " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters long");
        }
    }

    boolean configured() {
        return email != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
