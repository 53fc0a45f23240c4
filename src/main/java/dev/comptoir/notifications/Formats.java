package dev.comptoir.notifications;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/** Amounts and moments written the reader's way: {@code €22.90} / {@code 22,90 €}; times in UTC, said so. */
final class Formats {

    private Formats() {}

    static String money(BigDecimal amount, String currency, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        try {
            Currency unit = Currency.getInstance(currency);
            format.setCurrency(unit);
            format.setMinimumFractionDigits(unit.getDefaultFractionDigits());
            format.setMaximumFractionDigits(unit.getDefaultFractionDigits());
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return amount.toPlainString() + " " + currency;
        }
        return format.format(amount);
    }

    static String moment(Instant at, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneOffset.UTC).format(at) + " UTC";
    }
}
