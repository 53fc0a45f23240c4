package dev.comptoir.markets;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A market as the admin sends it (POST, and PUT where {@code code} may be left out and the currency
 * cannot change). Rules across fields (countries known and in no other market, a currency with 0 or
 * 2 decimals, the default locale among the locales, every country in a zone) are checked by
 * {@link MarketRules}.
 */
record MarketRequest(
        @Pattern(regexp = MarketRules.CODE_PATTERN,
                message = "must be 2 to 32 lower-case letters, digits, '-' or '_', starting with a letter or digit")
        String code,
        @NotBlank @Size(max = 100) String name,
        @NotEmpty @Size(max = 250) List<@NotNull @Pattern(regexp = "[A-Za-z]{2}",
                message = "must be an ISO 3166-1 alpha-2 country code") String> countries,
        @NotNull @Pattern(regexp = "[A-Za-z]{3}", message = "must be an ISO 4217 currency code") String currency,
        Boolean taxInclusive,
        @NotNull @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 639-1 language code") String defaultLocale,
        @Size(min = 1, max = 20) List<@NotNull @Pattern(regexp = "[A-Za-z]{2}",
                message = "must be an ISO 639-1 language code") String> locales,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull ShippingZoneRequest> shippingZones) {}
