package dev.comptoir.pricing;

import java.math.BigDecimal;

/**
 * A catalog price as a market shows it: {@code priceExclTax} is the stored net amount,
 * {@code priceInclTax} = round(net × (1 + VAT rate of the market's first country)), and {@code price}
 * is the one of the two the market displays (incl. tax in a tax-inclusive market).
 */
public record DisplayPrice(BigDecimal price, BigDecimal priceExclTax, BigDecimal priceInclTax) {}
