package dev.comptoir.shared.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.comptoir.shared.error.ApiException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTests {

    @Test
    void aCurrencyHasTheDecimalsOfIso4217() {
        assertThat(Money.decimals("EUR")).isEqualTo(2);
        assertThat(Money.decimals("chf")).isEqualTo(2);
        assertThat(Money.decimals("JPY")).isZero();
        assertThat(Money.decimals("KRW")).isZero();
        assertThat(Money.decimals("KWD")).isEqualTo(3);
    }

    @Test
    void onlyCurrenciesWithZeroOrTwoDecimalsAreSupported() {
        assertThat(Money.isSupported("EUR")).isTrue();
        assertThat(Money.isSupported("JPY")).isTrue();
        for (String refused : new String[] {"KWD", "BHD", "JOD", "OMR", "TND", "XAU", "XXX", "ABC", "EU", "", null}) {
            assertThat(Money.isSupported(refused)).as(refused).isFalse();
            assertThatThrownBy(() -> Money.supportedCurrency(refused))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.code()).isEqualTo("unsupported_currency");
                        assertThat(e.status().value()).isEqualTo(400);
                    });
        }
        assertThat(Money.supportedCurrency(" usd ")).isEqualTo("USD");
    }

    @Test
    void roundingIsHalfUpToTheCurrencysDecimals() {
        assertThat(Money.round(new BigDecimal("12.345"), "EUR")).isEqualTo(new BigDecimal("12.35"));
        assertThat(Money.round(new BigDecimal("12.344"), "EUR")).isEqualTo(new BigDecimal("12.34"));
        assertThat(Money.round(new BigDecimal("1500.5"), "JPY")).isEqualTo(new BigDecimal("1501"));
        assertThat(Money.round(new BigDecimal("1500.49"), "JPY")).isEqualTo(new BigDecimal("1500"));
        assertThat(Money.round(new BigDecimal("7"), "CHF")).isEqualTo(new BigDecimal("7.00"));
        assertThat(Money.round(new BigDecimal("0.125"))).isEqualTo(new BigDecimal("0.13")); // the EUR rules
    }

    @Test
    void minorUnitsFollowTheCurrency() {
        assertThat(Money.toMinorUnits(new BigDecimal("12.34"), "EUR")).isEqualTo(1234L);
        assertThat(Money.toMinorUnits(new BigDecimal("1500"), "JPY")).isEqualTo(1500L);
        assertThat(Money.fromMinorUnits(1234L, "EUR")).isEqualTo(new BigDecimal("12.34"));
        assertThat(Money.fromMinorUnits(1500L, "JPY")).isEqualTo(new BigDecimal("1500"));
        assertThat(Money.toMinorUnits(new BigDecimal("9.99"))).isEqualTo(999L);
        assertThat(Money.fromMinorUnits(999L)).isEqualTo(new BigDecimal("9.99"));
    }

    @Test
    void anEnteredAmountWithMoreDecimalsThanItsCurrencyIsRefused() {
        assertThat(Money.exactAmount(new BigDecimal("12.5"), "EUR")).isEqualTo(new BigDecimal("12.50"));
        assertThat(Money.exactAmount(new BigDecimal("1500.00"), "JPY")).isEqualTo(new BigDecimal("1500"));
        for (String[] refused : new String[][] {{"12.5", "JPY"}, {"1.234", "EUR"}, {"-1", "EUR"}}) {
            assertThatThrownBy(() -> Money.exactAmount(new BigDecimal(refused[0]), refused[1]))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("invalid_amount"));
        }
    }
}
