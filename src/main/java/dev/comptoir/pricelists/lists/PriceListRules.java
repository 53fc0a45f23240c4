package dev.comptoir.pricelists.lists;

import dev.comptoir.shared.error.BadRequestException;
import dev.comptoir.shared.error.Problems.FieldProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What Bean Validation cannot check in a price list: a currency Comptoir sells in (ISO 4217 with 0 or 2
 * decimals: three-decimal ones such as KWD, and those without decimals such as XAU, are refused), amounts
 * exact in that currency (never rounded silently: JPY 12.5 is refused), each SKU once.
 */
final class PriceListRules {

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");
    private static final int MAX_REPORTED = 20;

    private PriceListRules() {}

    /** The code upper-cased, or 400 {@code unsupported_currency}. */
    static String currency(String currency) {
        String code = currency.strip().toUpperCase(Locale.ROOT);
        if (code.matches("[A-Z]{3}")) {
            try {
                int decimals = Currency.getInstance(code).getDefaultFractionDigits();
                if (decimals == 0 || decimals == 2) {
                    return code;
                }
            } catch (IllegalArgumentException unknown) {
                // not an ISO 4217 code: refused below
            }
        }
        String shown = code.length() <= 8 ? code : code.substring(0, 8) + "…";
        throw new BadRequestException("unsupported_currency",
                "Currency " + shown + " is not supported: use an ISO 4217 code with 0 or 2 decimals, such as EUR, "
                + "CHF or JPY", Map.of("errors", FieldProblem.single("currency", "is not a supported currency")));
    }

    static int decimals(String supportedCurrency) {
        return Currency.getInstance(supportedCurrency).getDefaultFractionDigits();
    }

    /** 400 {@code duplicate_sku} for a SKU given twice, then 400 {@code invalid_amount}, naming the entries. */
    static void checkPrices(List<PriceListPrice> prices, String currency) {
        Map<String, Integer> first = new HashMap<>();
        List<FieldProblem> duplicates = new ArrayList<>();
        for (int i = 0; i < prices.size(); i++) {
            Integer earlier = first.putIfAbsent(prices.get(i).sku(), i);
            if (earlier != null && duplicates.size() < MAX_REPORTED) {
                duplicates.add(new FieldProblem("prices[" + i + "].sku", "repeats prices[" + earlier + "].sku"));
            }
        }
        if (!duplicates.isEmpty()) {
            throw new BadRequestException("duplicate_sku", "A SKU appears more than once in prices",
                    Map.of("errors", duplicates));
        }
        int decimals = decimals(currency);
        String rule = "must be 0 or more, under 10 billion, with at most " + decimals + " decimals in " + currency;
        List<FieldProblem> invalid = new ArrayList<>();
        for (int i = 0; i < prices.size() && invalid.size() < MAX_REPORTED; i++) {
            BigDecimal amount = prices.get(i).amount();
            if (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0
                    || amount.stripTrailingZeros().scale() > decimals) {
                invalid.add(new FieldProblem("prices[" + i + "].amount", rule));
            }
        }
        if (!invalid.isEmpty()) {
            throw new BadRequestException("invalid_amount", "Amounts " + rule,
                    Map.of("errors", invalid, "decimals", decimals));
        }
    }
}
