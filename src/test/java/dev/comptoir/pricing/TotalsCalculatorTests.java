package dev.comptoir.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.comptoir.shared.error.ApiException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Totals to the cent, on the rules shipped in application.yml. */
class TotalsCalculatorTests {

    static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);
    static final LocalDate SATURDAY = LocalDate.of(2026, 11, 28);

    final TotalsCalculator calculator = new TotalsCalculator(PricingDefaults.load());

    @Test
    void threeItemsAt1999WithATenPercentCouponToFrance() {
        BigDecimal subtotal = money("19.99").multiply(BigDecimal.valueOf(3));
        BigDecimal discount = money("6.00"); // 10% of 59.97 = 5.997, rounded by the coupon

        Totals totals = calculator.compute(subtotal, discount, false, "FR", FRIDAY);

        assertThat(totals.subtotal()).isEqualTo(money("59.97"));
        assertThat(totals.discountAmount()).isEqualTo(money("6.00"));
        assertThat(totals.taxableBase()).isEqualTo(money("53.97"));
        assertThat(totals.taxRate()).isEqualByComparingTo("0.20");
        assertThat(totals.taxAmount()).isEqualTo(money("10.79")); // 10.794
        assertThat(totals.shippingAmount()).isEqualTo(money("0.00")); // 53.97 is over the 50.00 threshold
        assertThat(totals.total()).isEqualTo(money("64.76"));
        assertThat(totals.currency()).isEqualTo("EUR");
        assertThat(totals.country()).isEqualTo("FR");
        assertThat(totals.shippingZone()).isEqualTo("france");
        assertThat(totals.estimatedDeliveryFrom()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(totals.estimatedDeliveryTo()).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void aDiscountBiggerThanTheSubtotalIsCappedAndShippingIsStillCharged() {
        Totals totals = calculator.compute(money("30.00"), money("50.00"), false, "FR", FRIDAY);

        assertThat(totals.discountAmount()).isEqualTo(money("30.00"));
        assertThat(totals.taxableBase()).isEqualTo(money("0.00"));
        assertThat(totals.taxAmount()).isEqualTo(money("0.00"));
        assertThat(totals.shippingAmount()).isEqualTo(money("4.90"));
        assertThat(totals.total()).isEqualTo(money("4.90"));
    }

    @Test
    void shippingIsFreeExactlyAtTheThresholdAndChargedOneCentBelow() {
        Totals atLimit = calculator.compute(money("50.00"), null, false, "FR", FRIDAY);
        assertThat(atLimit.shippingAmount()).isEqualTo(money("0.00"));
        assertThat(atLimit.taxAmount()).isEqualTo(money("10.00"));
        assertThat(atLimit.total()).isEqualTo(money("60.00"));

        Totals below = calculator.compute(money("49.99"), BigDecimal.ZERO, false, "FR", FRIDAY);
        assertThat(below.shippingAmount()).isEqualTo(money("4.90"));
        assertThat(below.taxAmount()).isEqualTo(money("10.00")); // 9.998
        assertThat(below.total()).isEqualTo(money("64.89"));

        Totals euAtLimit = calculator.compute(money("100.00"), null, false, "DE", FRIDAY);
        assertThat(euAtLimit.shippingAmount()).isEqualTo(money("0.00"));
        Totals euBelow = calculator.compute(money("99.99"), null, false, "DE", FRIDAY);
        assertThat(euBelow.shippingAmount()).isEqualTo(money("9.90"));
    }

    @Test
    void theThresholdAppliesToTheSubtotalAfterDiscount() {
        Totals totals = calculator.compute(money("55.00"), money("5.01"), false, "FR", FRIDAY);

        assertThat(totals.taxableBase()).isEqualTo(money("49.99"));
        assertThat(totals.shippingAmount()).isEqualTo(money("4.90"));
        assertThat(totals.taxAmount()).isEqualTo(money("10.00"));
        assertThat(totals.total()).isEqualTo(money("64.89"));
    }

    @Test
    void germanyIsTaxedAtNineteenPercentWithEuShipping() {
        Totals totals = calculator.compute(money("42.10"), null, false, "DE", FRIDAY);

        assertThat(totals.taxRate()).isEqualByComparingTo("0.19");
        assertThat(totals.taxAmount()).isEqualTo(money("8.00")); // 7.999
        assertThat(totals.shippingAmount()).isEqualTo(money("9.90"));
        assertThat(totals.total()).isEqualTo(money("60.00"));
        assertThat(totals.shippingZone()).isEqualTo("eu");
        assertThat(totals.estimatedDeliveryFrom()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(totals.estimatedDeliveryTo()).isEqualTo(LocalDate.of(2026, 12, 7));

        Totals free = calculator.compute(money("100.00"), null, false, "DE", FRIDAY);
        assertThat(free.taxAmount()).isEqualTo(money("19.00"));
        assertThat(free.total()).isEqualTo(money("119.00"));
    }

    @Test
    void aCountryOutsideTheEuPaysNoTaxAndWorldShipping() {
        Totals totals = calculator.compute(money("80.00"), null, false, "US", FRIDAY);

        assertThat(totals.taxRate()).isEqualByComparingTo("0");
        assertThat(totals.taxAmount()).isEqualTo(money("0.00"));
        assertThat(totals.shippingAmount()).isEqualTo(money("19.90"));
        assertThat(totals.total()).isEqualTo(money("99.90"));
        assertThat(totals.shippingZone()).isEqualTo("world");
        assertThat(totals.estimatedDeliveryFrom()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(totals.estimatedDeliveryTo()).isEqualTo(LocalDate.of(2026, 12, 15));
        // the world zone has no free-shipping threshold
        assertThat(calculator.compute(money("5000.00"), null, false, "CH", FRIDAY).shippingAmount())
                .isEqualTo(money("19.90"));
    }

    @Test
    void aFreeShippingCouponRemovesShippingEvenBelowTheThreshold() {
        Totals totals = calculator.compute(money("80.00"), BigDecimal.ZERO, true, "US", FRIDAY);

        assertThat(totals.shippingAmount()).isEqualTo(money("0.00"));
        assertThat(totals.total()).isEqualTo(money("80.00"));
    }

    @Test
    void taxIsRoundedHalfUpNotHalfEven() {
        // 2.50 × 0.21 = 0.525 and 3.00 × 0.255 = 0.765: half-even would give 0.52 and 0.76
        assertThat(calculator.compute(money("2.50"), null, false, "NL", FRIDAY).taxAmount()).isEqualTo(money("0.53"));
        assertThat(calculator.compute(money("3.00"), null, false, "FI", FRIDAY).taxAmount()).isEqualTo(money("0.77"));

        TotalsCalculator eighthRate = new TotalsCalculator(
                PricingDefaults.load(Map.of("comptoir.pricing.tax.rates.FR", "0.125")));
        Totals totals = eighthRate.compute(money("1.00"), null, false, "FR", FRIDAY);
        assertThat(totals.taxAmount()).isEqualTo(money("0.13")); // 0.125
        assertThat(totals.total()).isEqualTo(money("6.03"));
    }

    @Test
    void shippingIsTaxedWhenConfiguredSo() {
        TotalsCalculator taxedShipping = new TotalsCalculator(
                PricingDefaults.load(Map.of("comptoir.pricing.tax.shipping-taxable", "true")));

        Totals totals = taxedShipping.compute(money("10.00"), null, false, "FR", FRIDAY);

        assertThat(totals.shippingAmount()).isEqualTo(money("4.90"));
        assertThat(totals.taxableBase()).isEqualTo(money("14.90"));
        assertThat(totals.taxAmount()).isEqualTo(money("2.98"));
        assertThat(totals.total()).isEqualTo(money("17.88"));
    }

    @Test
    void withoutACountryTheDefaultCountryIsUsed() {
        Totals totals = calculator.compute(money("10.00"), null, false, null, FRIDAY);
        assertThat(totals.country()).isEqualTo("FR");
        assertThat(totals.taxAmount()).isEqualTo(money("2.00"));
        assertThat(totals.shippingAmount()).isEqualTo(money("4.90"));
        assertThat(calculator.compute(money("10.00"), null, false, "  ", FRIDAY).country()).isEqualTo("FR");

        TotalsCalculator german = new TotalsCalculator(
                PricingDefaults.load(Map.of("comptoir.pricing.default-country", "DE")));
        assertThat(german.compute(money("10.00"), null, false, null, FRIDAY).taxAmount()).isEqualTo(money("1.90"));
    }

    @Test
    void countryCodesAreCaseInsensitive() {
        Totals totals = calculator.compute(money("10.00"), null, false, " de ", FRIDAY);
        assertThat(totals.country()).isEqualTo("DE");
        assertThat(totals.taxAmount()).isEqualTo(money("1.90"));
    }

    @Test
    void anInvalidCountryIsABadRequest() {
        for (String country : new String[] {"ZZ", "FRA", "12", "F"}) {
            assertThatThrownBy(() -> calculator.compute(money("10.00"), null, false, country, FRIDAY))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.code()).isEqualTo("invalid_country");
                        assertThat(e.status().value()).isEqualTo(400);
                    });
        }
    }

    @Test
    void unroundedAmountsAreRoundedHalfUpToCentsFirst() {
        Totals totals = calculator.compute(new BigDecimal("10.005"), new BigDecimal("0.005"), false, "FR", FRIDAY);
        assertThat(totals.subtotal()).isEqualTo(money("10.01"));
        assertThat(totals.discountAmount()).isEqualTo(money("0.01"));
        assertThat(totals.total()).isEqualTo(money("16.90")); // 10.00 + 2.00 + 4.90
    }

    @Test
    void deliveryIsCountedInBusinessDaysAcrossTheWeekend() {
        assertThat(TotalsCalculator.addBusinessDays(FRIDAY, 1)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(TotalsCalculator.addBusinessDays(SATURDAY, 2)).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(TotalsCalculator.addBusinessDays(SATURDAY.plusDays(1), 1)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(TotalsCalculator.addBusinessDays(FRIDAY, 0)).isEqualTo(FRIDAY);
        assertThat(TotalsCalculator.addBusinessDays(LocalDate.of(2026, 11, 30), 5)).isEqualTo(LocalDate.of(2026, 12, 7));

        Totals fromSaturday = calculator.compute(money("10.00"), null, false, "FR", SATURDAY);
        assertThat(fromSaturday.estimatedDeliveryFrom()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(fromSaturday.estimatedDeliveryTo()).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
