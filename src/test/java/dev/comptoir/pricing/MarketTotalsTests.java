package dev.comptoir.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.comptoir.shared.error.ApiException;
import dev.comptoir.shared.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The worked examples of ADR 0009, to the cent (and the yen), on the shipped rules plus CH and JP rates. */
class MarketTotalsTests {

    static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    final TotalsCalculator calculator = new TotalsCalculator(PricingDefaults.load(Map.of(
            "comptoir.pricing.tax.rates.CH", "0.081", "comptoir.pricing.tax.rates.JP", "0.10")));

    static final ShippingZone FRANCE = new ShippingZone("france", List.of("FR", "MC"), money("4.90"),
            money("50.00"), 2, 3);
    static final ShippingZone EU = new ShippingZone("eu", List.of("DE", "BE"), money("9.90"), money("100.00"), 3, 6);
    static final PriceContext FRANCE_EXCLUSIVE = new PriceContext("EUR", false, "FR", List.of(FRANCE, EU));
    static final PriceContext FRANCE_INCLUSIVE = new PriceContext("EUR", true, "FR", List.of(FRANCE, EU));
    static final PriceContext SWITZERLAND = new PriceContext("CHF", false, "CH",
            List.of(new ShippingZone("switzerland", List.of("CH", "LI"), money("9.00"), money("100.00"), 1, 3)));
    static final PriceContext JAPAN = new PriceContext("JPY", true, "JP",
            List.of(new ShippingZone("japan", List.of("JP"), money("1500"), money("10000"), 2, 5)));

    @Test
    void aFrenchShopperSees5400AndPays6480InATaxExclusiveMarket() {
        DisplayPrice shown = calculator.displayPrices(money("54.00"), FRANCE_EXCLUSIVE);
        assertThat(shown.price()).isEqualTo(money("54.00"));
        assertThat(shown.priceExclTax()).isEqualTo(money("54.00"));
        assertThat(shown.priceInclTax()).isEqualTo(money("64.80"));

        Totals totals = calculator.compute(FRANCE_EXCLUSIVE, money("54.00"), null, false, "FR", FRIDAY);
        assertThat(totals.taxInclusive()).isFalse();
        assertThat(totals.taxAmount()).isEqualTo(money("10.80"));
        assertThat(totals.shippingAmount()).isEqualTo(money("0.00")); // 54.00 is over the 50.00 threshold
        assertThat(totals.total()).isEqualTo(money("64.80"));
        assertThat(totals.totalExclTax()).isEqualTo(money("54.00"));
    }

    @Test
    void inATaxInclusiveMarketThePriceShownIsThePriceAndTheTaxIsExtractedOncePerOrder() {
        DisplayPrice shown = calculator.displayPrices(money("54.00"), FRANCE_INCLUSIVE);
        assertThat(shown.price()).isEqualTo(money("64.80"));

        BigDecimal subtotal = shown.price();
        BigDecimal discount = Money.round(subtotal.multiply(new BigDecimal("0.10")), "EUR"); // a 10% coupon: 6.48
        Totals totals = calculator.compute(FRANCE_INCLUSIVE, subtotal, discount, false, "FR", FRIDAY);
        assertThat(totals.taxInclusive()).isTrue();
        assertThat(totals.subtotal()).isEqualTo(money("64.80"));
        assertThat(totals.discountAmount()).isEqualTo(money("6.48"));
        assertThat(totals.shippingAmount()).isEqualTo(money("0.00")); // 58.32 shown is over 50.00
        assertThat(totals.total()).isEqualTo(money("58.32"));
        assertThat(totals.taxableBase()).isEqualTo(money("58.32"));
        assertThat(totals.taxAmount()).isEqualTo(money("9.72")); // 58.32 × 0.20 / 1.20
        assertThat(totals.totalExclTax()).isEqualTo(money("48.60"));

        // shipped to Germany from the same market: the same price, German VAT inside it
        Totals german = calculator.compute(FRANCE_INCLUSIVE, subtotal, discount, false, "DE", FRIDAY);
        assertThat(german.total()).isEqualTo(money("68.22")); // 58.32 + 9.90 EU shipping (under 100.00)
        assertThat(german.taxRate()).isEqualByComparingTo("0.19");
        assertThat(german.taxAmount()).isEqualTo(money("9.31")); // 58.32 × 0.19 / 1.19 = 9.3116
        assertThat(german.totalExclTax()).isEqualTo(money("58.91"));
    }

    @Test
    void theFreeShippingThresholdComparesToWhatTheShopperSeesAfterTheDiscount() {
        BigDecimal subtotal = money("54.00"); // gross, as shown
        Totals totals = calculator.compute(FRANCE_INCLUSIVE, subtotal, money("5.40"), false, "FR", FRIDAY);
        assertThat(totals.shippingAmount()).isEqualTo(money("4.90")); // 48.60 is under 50.00
        assertThat(totals.total()).isEqualTo(money("53.50"));
        assertThat(totals.taxAmount()).isEqualTo(money("8.10")); // 48.60 × 0.20 / 1.20, shipping not taxable
        assertThat(totals.totalExclTax()).isEqualTo(money("45.40"));

        Totals free = calculator.compute(FRANCE_INCLUSIVE, money("55.56"), money("5.56"), false, "FR", FRIDAY);
        assertThat(free.shippingAmount()).isEqualTo(money("0.00")); // exactly 50.00
    }

    @Test
    void yenHaveNoDecimals() {
        DisplayPrice shown = calculator.displayPrices(money("1364"), JAPAN);
        assertThat(shown.price()).isEqualTo(money("1500")); // 1364 × 1.10 = 1500.4
        assertThat(shown.priceExclTax()).isEqualTo(money("1364"));

        Totals totals = calculator.compute(JAPAN, shown.price().multiply(BigDecimal.valueOf(3)), null, false, null,
                FRIDAY);
        assertThat(totals.currency()).isEqualTo("JPY");
        assertThat(totals.country()).isEqualTo("JP");
        assertThat(totals.subtotal()).isEqualTo(money("4500"));
        assertThat(totals.shippingAmount()).isEqualTo(money("1500"));
        assertThat(totals.total()).isEqualTo(money("6000"));
        assertThat(totals.taxAmount()).isEqualTo(money("409")); // 4500 × 0.10 / 1.10 = 409.09
        assertThat(totals.totalExclTax()).isEqualTo(money("5591"));
        assertThat(Money.toMinorUnits(totals.total(), "JPY")).isEqualTo(6000L);
    }

    @Test
    void swissFrancsInATaxExclusiveMarket() {
        Totals totals = calculator.compute(SWITZERLAND, money("19.95").multiply(BigDecimal.valueOf(3)), null, false,
                "CH", FRIDAY);
        assertThat(totals.subtotal()).isEqualTo(money("59.85"));
        assertThat(totals.taxAmount()).isEqualTo(money("4.85")); // 59.85 × 0.081 = 4.84785
        assertThat(totals.shippingAmount()).isEqualTo(money("9.00"));
        assertThat(totals.total()).isEqualTo(money("73.70"));
        assertThat(Money.toMinorUnits(totals.total(), "CHF")).isEqualTo(7370L);
    }

    @Test
    void aCountryInNoZoneOfTheMarketIsNotShippedTo() {
        assertThatThrownBy(() -> calculator.compute(JAPAN, money("1000"), null, false, "FR", FRIDAY))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("shipping_unavailable"));
    }

    @Test
    void theConfiguredRulesAreTheDefaultMarketsContext() {
        PriceContext configured = PricingDefaults.load().priceContext();
        assertThat(configured.currency()).isEqualTo("EUR");
        assertThat(configured.taxInclusive()).isFalse();
        assertThat(configured.displayCountry()).isEqualTo("FR");
        assertThat(configured.zones()).extracting(ShippingZone::name).containsExactly("france", "eu", "world");
        Totals viaContext = calculator.compute(configured, money("42.10"), null, false, "DE", FRIDAY);
        Totals legacy = calculator.compute(money("42.10"), null, false, "DE", FRIDAY);
        assertThat(viaContext).isEqualTo(legacy);
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
