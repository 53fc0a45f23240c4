package dev.comptoir.shared.money;

import dev.comptoir.shared.error.BadRequestException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;

/**
 * Money rules (ADR 0009): BigDecimal rounded half-up at each step to the currency's decimals
 * ({@link Currency#getDefaultFractionDigits()}: EUR 2, JPY 0); minor units for payment providers.
 * Only currencies with 0 or 2 decimals are supported: three-decimal ones (KWD, BHD...) and those
 * without defined decimals (XAU...) are refused with {@code unsupported_currency}. The methods without
 * a currency are the historical EUR rules, kept until every caller names its currency.
 */
public final class Money {

    public static final String DEFAULT_CURRENCY = "EUR";

    private Money() {}

    /** The currency's number of decimals (EUR 2, JPY 0); an unknown code is an IllegalArgumentException. */
    public static int decimals(String currency) {
        return Currency.getInstance(currency.strip().toUpperCase(Locale.ROOT)).getDefaultFractionDigits();
    }

    /** Whether {@code currency} is an ISO 4217 code Comptoir sells in: 0 or 2 decimals. */
    public static boolean isSupported(String currency) {
        if (currency == null || !currency.strip().matches("[A-Za-z]{3}")) {
            return false;
        }
        try {
            int decimals = decimals(currency);
            return decimals == 0 || decimals == 2;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    /**
     * The currency code upper-cased, or 400 {@code unsupported_currency} (unknown, three decimals, no
     * decimals defined): what every endpoint that takes a currency calls.
     */
    public static String supportedCurrency(String currency) {
        if (!isSupported(currency)) {
            String shown = currency == null ? "" : currency.strip();
            throw new BadRequestException("unsupported_currency",
                    "Currency must be an ISO 4217 code with 0 or 2 decimals, such as EUR, CHF or JPY",
                    Map.of("currency", shown.length() <= 8 ? shown : shown.substring(0, 8)));
        }
        return currency.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * The amount at the currency's scale, or 400 {@code invalid_amount} when it is negative or has more
     * decimals than the currency (JPY 12.5, EUR 1.234): an entered amount is never rounded silently.
     */
    public static BigDecimal exactAmount(BigDecimal amount, String currency) {
        int decimals = decimals(currency);
        if (amount == null || amount.signum() < 0 || amount.stripTrailingZeros().scale() > decimals) {
            throw new BadRequestException("invalid_amount",
                    "Amount must be 0 or more with at most " + decimals + " decimals in " + currency,
                    Map.of("currency", currency, "decimals", decimals));
        }
        return amount.setScale(decimals, RoundingMode.UNNECESSARY);
    }

    /** Half-up to the currency's decimals (JPY 1500.5 → 1501, EUR 12.345 → 12.35). */
    public static BigDecimal round(BigDecimal amount, String currency) {
        return amount.setScale(decimals(currency), RoundingMode.HALF_UP);
    }

    /** The amount in the currency's minor units (EUR 12.34 → 1234, JPY 1500 → 1500), rounded half-up first. */
    public static long toMinorUnits(BigDecimal amount, String currency) {
        int decimals = decimals(currency);
        return amount.setScale(decimals, RoundingMode.HALF_UP).movePointRight(decimals).longValueExact();
    }

    /** The amount that {@code minor} minor units make (1234 EUR → 12.34, 1500 JPY → 1500). */
    public static BigDecimal fromMinorUnits(long minor, String currency) {
        return BigDecimal.valueOf(minor, decimals(currency));
    }

    /** Zero at the currency's scale (EUR 0.00, JPY 0). */
    public static BigDecimal zero(String currency) {
        return BigDecimal.ZERO.setScale(decimals(currency));
    }

    public static BigDecimal round(BigDecimal amount) {
        return round(amount, DEFAULT_CURRENCY);
    }

    public static BigDecimal of(String amount) {
        return round(new BigDecimal(amount));
    }

    public static long toMinorUnits(BigDecimal amount) {
        return toMinorUnits(amount, DEFAULT_CURRENCY);
    }

    public static BigDecimal fromMinorUnits(long minor) {
        return fromMinorUnits(minor, DEFAULT_CURRENCY);
    }
}
