package dev.comptoir.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.comptoir.support.ExtraInstance;
import dev.comptoir.support.SystemTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The running application prices with the shipped rules, and refuses to start with a bad one. */
@SystemTest
@ExtendWith(OutputCaptureExtension.class)
class PricingConfigurationSystemTests {

    @Autowired
    PricingService pricing;

    @Autowired
    DataSource dataSource;

    @Test
    void theApplicationPricesWithTheShippedRules() {
        Totals totals = pricing.compute(new BigDecimal("42.10"), null, false, "de", LocalDate.of(2026, 11, 27));

        assertThat(totals.total()).isEqualTo(new BigDecimal("60.00"));
        assertThat(pricing.currency()).isEqualTo("EUR");
        assertThat(pricing.checkCountry(null)).isEqualTo("FR");
    }

    @Test
    void aTaxRateGivenAsAPercentageStopsTheStartNamingIt(CapturedOutput output) {
        assertThatThrownBy(() -> ExtraInstance.start(dataSource, Map.of("comptoir.pricing.tax.rates.DE", "19")))
                .isInstanceOf(Exception.class);
        assertThat(output.getAll()).contains("Invalid configuration: comptoir.pricing.tax.rates.DE must be a fraction"
                + " from 0 to under 1, like 0.20 for 20% (got 19)");
    }
}
