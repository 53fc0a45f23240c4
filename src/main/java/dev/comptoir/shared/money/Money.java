package dev.comptoir.shared.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money rules: BigDecimal with scale 2, rounded half-up at each step; minor units for Stripe. */
public final class Money {

    public static final String DEFAULT_CURRENCY = "EUR";

    private Money() {}

    public static BigDecimal round(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal of(String amount) {
        return round(new BigDecimal(amount));
    }

    public static long toMinorUnits(BigDecimal amount) {
        return round(amount).movePointRight(2).longValueExact();
    }

    public static BigDecimal fromMinorUnits(long minor) {
        return BigDecimal.valueOf(minor, 2);
    }
}
