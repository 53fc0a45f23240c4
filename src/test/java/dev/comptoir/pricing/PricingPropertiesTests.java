package dev.comptoir.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.comptoir.pricing.PricingProperties.Shipping;
import dev.comptoir.pricing.PricingProperties.Tax;
import dev.comptoir.pricing.PricingProperties.Zone;
import dev.comptoir.shared.InvalidConfigurationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped defaults, and the start-up check that names a bad pricing property. */
class PricingPropertiesTests {

    static final List<String> EU = List.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR",
            "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");

    @Test
    void theDefaultsTaxEveryEuCountryAtItsStandardRate() {
        PricingProperties defaults = PricingDefaults.load();

        assertThat(defaults.currency()).isEqualTo("EUR");
        assertThat(defaults.defaultCountry()).isEqualTo("FR");
        assertThat(defaults.tax().shippingTaxable()).isFalse();
        assertThat(defaults.tax().rates()).containsKeys(EU.toArray(String[]::new));
        assertThat(defaults.tax().rateFor("FR")).isEqualByComparingTo("0.20");
        assertThat(defaults.tax().rateFor("FI")).isEqualByComparingTo("0.255");
        assertThat(defaults.tax().rateFor("HU")).isEqualByComparingTo("0.27");
        assertThat(defaults.tax().rateFor("LU")).isEqualByComparingTo("0.17");
        assertThat(defaults.tax().rateFor("RO")).isEqualByComparingTo("0.21");
        assertThat(defaults.tax().rateFor("EE")).isEqualByComparingTo("0.24");
        assertThat(defaults.tax().rateFor("SK")).isEqualByComparingTo("0.23");
        assertThat(defaults.tax().rateFor("US")).isEqualByComparingTo("0");
    }

    @Test
    void theDefaultsShipFranceEuAndTheWorldInThreeZones() {
        Shipping shipping = PricingDefaults.load().shipping();

        assertThat(shipping.zoneFor("FR").name()).isEqualTo("france");
        assertThat(shipping.zoneFor("MC").name()).isEqualTo("france");
        EU.stream().filter(c -> !c.equals("FR"))
                .forEach(c -> assertThat(shipping.zoneFor(c).name()).as(c).isEqualTo("eu"));
        assertThat(shipping.zoneFor("JP").name()).isEqualTo("world");
        assertThat(shipping.zoneFor("FR").flatRate()).isEqualTo(new BigDecimal("4.90"));
        assertThat(shipping.zoneFor("FR").freeAbove()).isEqualTo(new BigDecimal("50.00"));
        assertThat(shipping.zoneFor("DE").freeAbove()).isEqualTo(new BigDecimal("100.00"));
        assertThat(shipping.zoneFor("JP").freeAbove()).isNull();
    }

    @Test
    void aRateGivenAsAPercentageNamesTheProperty() {
        assertThatThrownBy(() -> PricingDefaults.load(Map.of("comptoir.pricing.tax.rates.DE", "19")))
                .rootCause().isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("comptoir.pricing.tax.rates.DE must be a fraction");
    }

    @Test
    void anUnknownCountryCodeNamesTheProperty() {
        assertThatThrownBy(() -> new Tax(false, Map.of("XX", new BigDecimal("0.1")), BigDecimal.ZERO))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("comptoir.pricing.tax.rates.XX")
                .hasMessageContaining("not an ISO 3166-1 alpha-2 country code");
        assertThatThrownBy(() -> PricingDefaults.load(Map.of("comptoir.pricing.default-country", "France")))
                .rootCause().hasMessageContaining("comptoir.pricing.default-country");
    }

    @Test
    void badZonesNameTheZoneAndTheProperty() {
        Zone fine = zone("fr", List.of("FR"), "4.90", 2, 3);
        assertThatThrownBy(() -> new Shipping(List.of(fine, zone("eu", List.of("DE"), "9.90", 5, 3))))
                .hasMessageContaining("comptoir.pricing.shipping.zones[1].delivery-days-max");
        assertThatThrownBy(() -> new Shipping(List.of(fine, zone("eu", List.of("DE"), "-1", 3, 5))))
                .hasMessageContaining("comptoir.pricing.shipping.zones[1].flat-rate");
        assertThatThrownBy(() -> new Shipping(List.of(fine, zone("eu", List.of("fr"), "9.90", 3, 5))))
                .hasMessageContaining("comptoir.pricing.shipping.zones[1].countries")
                .hasMessageContaining("FR is already in another zone");
        assertThatThrownBy(() -> new Shipping(List.of()))
                .hasMessageContaining("comptoir.pricing.shipping.zones must list at least one zone");
    }

    @Test
    void theDefaultCountryMustBeShippedTo() {
        Shipping franceOnly = new Shipping(List.of(zone("fr", List.of("FR"), "4.90", 2, 3)));
        Tax tax = new Tax(false, Map.of(), BigDecimal.ZERO);

        assertThatThrownBy(() -> new PricingProperties("EUR", "US", tax, franceOnly))
                .hasMessageContaining("comptoir.pricing.default-country US is in no shipping zone");
        assertThatThrownBy(() -> new PricingProperties("EURO", "FR", tax, franceOnly))
                .hasMessageContaining("comptoir.pricing.currency must be an ISO 4217 code");
    }

    private static Zone zone(String name, List<String> countries, String flatRate, int min, int max) {
        return new Zone(name, countries, new BigDecimal(flatRate), null, min, max);
    }
}
