package dev.comptoir.customers.addresses;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/** The body of {@code POST} and {@code PUT /api/users/me/addresses}: the whole address each time. */
record AddressRequest(
        @Size(max = 60) String label,
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @Size(max = 120) String company,
        @NotBlank @Size(max = 200) String line1,
        @Size(max = 200) String line2,
        @NotBlank @Size(max = 100) String city,
        @NotBlank @Size(max = 20) String postalCode,
        @NotBlank @IsoCountry String country,
        @Pattern(regexp = "\\+?[0-9 ().-]{3,40}", message = "must be a phone number") @Size(max = 40) String phone,
        Boolean isDefaultShipping,
        Boolean isDefaultBilling) {

    /** Trimmed, blanks as null, the country upper-cased. */
    AddressRequest normalized() {
        return new AddressRequest(clean(label), clean(firstName), clean(lastName), clean(company), clean(line1),
                clean(line2), clean(city), clean(postalCode), clean(country).toUpperCase(Locale.ROOT), clean(phone),
                isDefaultShipping, isDefaultBilling);
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
