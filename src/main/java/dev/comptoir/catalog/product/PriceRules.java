package dev.comptoir.catalog.product;

import dev.comptoir.shared.error.BadRequestException;
import dev.comptoir.shared.error.Problems.FieldProblem;
import dev.comptoir.shared.money.Money;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * What a price entered by an admin must be (ADR 0009): in a currency with 0 or 2 decimals (three-decimal
 * ones such as KWD are not supported: 400 {@code unsupported_currency}), an amount of 0 or more with at
 * most the currency's decimals and 8 digits before them (400 {@code invalid_amount}: JPY 12.5 is refused,
 * never rounded). Both problems name the field, as validation problems do.
 */
final class PriceRules {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999.99");

    private PriceRules() {}

    /** The upper-case ISO 4217 code, or 400 {@code unsupported_currency} naming {@code field}. */
    static String currency(String code, String field) {
        if (!Money.isSupported(code)) {
            String shown = code == null ? "" : code.strip();
            shown = shown.length() <= 8 ? shown : shown.substring(0, 8);
            throw new BadRequestException("unsupported_currency", "Invalid request: " + field + " " + shown
                    + " is not supported (an ISO 4217 code with 0 or 2 decimals, such as EUR, CHF or JPY)",
                    Map.of("currency", shown,
                            "errors", FieldProblem.single(field, "must be an ISO 4217 currency with 0 or 2 decimals")));
        }
        return code.strip().toUpperCase(Locale.ROOT);
    }

    /** The amount at the currency's scale, or 400 {@code invalid_amount} naming {@code field}. */
    static BigDecimal amount(BigDecimal amount, String currency, String field) {
        int decimals = Money.decimals(currency);
        String problem = null;
        if (amount.signum() < 0) {
            problem = "must be at least 0";
        } else if (amount.stripTrailingZeros().scale() > decimals) {
            problem = decimals == 0 ? "must be a whole amount in " + currency
                    : "must have at most " + decimals + " decimals in " + currency;
        } else if (amount.compareTo(MAX_AMOUNT) > 0) {
            problem = "must be at most " + MAX_AMOUNT.toPlainString();
        }
        if (problem != null) {
            throw new BadRequestException("invalid_amount", "Invalid request: " + field + " " + problem,
                    Map.of("currency", currency, "decimals", decimals, "errors", FieldProblem.single(field, problem)));
        }
        return amount.setScale(decimals);
    }

    /** A stored amount at its currency's scale (JSON keeps what was written; this is belt and braces). */
    static BigDecimal scaled(BigDecimal amount, String currency) {
        return amount == null ? null : amount.setScale(Money.decimals(currency));
    }
}
