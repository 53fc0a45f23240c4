package dev.comptoir.catalog.product;

import dev.comptoir.shared.error.BadRequestException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The {@code prices} of a request, checked ({@link PriceRules}) and split: the entry in the product's
 * own currency, which is another way to write {@code price} (and {@code compareAtPrice}), and the
 * entries in other currencies, as stored. A currency listed twice is 400 {@code invalid_data}.
 */
record CheckedPrices(@Nullable Own own, Map<String, StoredPrice> others) {

    /** The entry in the product's currency, and where it was in the request (for the error's field). */
    record Own(BigDecimal amount, @Nullable BigDecimal compareAtPrice, String field) {}

    static CheckedPrices ofProduct(List<ProductPrice> prices, String ownCurrency, String field) {
        Own own = null;
        Map<String, StoredPrice> others = new TreeMap<>();
        for (int i = 0; i < prices.size(); i++) {
            ProductPrice entry = prices.get(i);
            String at = field + "[" + i + "]";
            String currency = PriceRules.currency(entry.currency(), at + ".currency");
            BigDecimal amount = PriceRules.amount(entry.amount(), currency, at + ".amount");
            BigDecimal compareAt = entry.compareAtPrice() == null ? null
                    : PriceRules.amount(entry.compareAtPrice(), currency, at + ".compareAtPrice");
            if (currency.equals(ownCurrency) ? own != null : others.containsKey(currency)) {
                throw listedTwice(at + ".currency");
            }
            if (currency.equals(ownCurrency)) {
                own = new Own(amount, compareAt, at);
            } else {
                others.put(currency, new StoredPrice(amount, compareAt));
            }
        }
        return new CheckedPrices(own, others);
    }

    static CheckedPrices ofVariant(List<VariantPrice> prices, String ownCurrency, String field) {
        return ofProduct(prices.stream().map(p -> new ProductPrice(p.currency(), p.amount(), null)).toList(),
                ownCurrency, field);
    }

    /**
     * {@code price} as the request gives it, directly or by the own-currency entry; both given must agree
     * (400 {@code invalid_data} naming the entry). Null when neither is given.
     */
    @Nullable BigDecimal price(@Nullable BigDecimal price) {
        if (own == null) {
            return price;
        }
        if (price != null && price.compareTo(own.amount()) != 0) {
            throw ProductAdminService.invalid(own.field() + ".amount", "must equal price (both are the "
                    + "price in the product's currency)");
        }
        return own.amount();
    }

    /** {@code compareAtPrice} likewise: the entry's, when it has one, must equal the field's when given. */
    @Nullable BigDecimal compareAtPrice(@Nullable BigDecimal compareAtPrice) {
        if (own == null || own.compareAtPrice() == null) {
            return compareAtPrice;
        }
        if (compareAtPrice != null && compareAtPrice.compareTo(own.compareAtPrice()) != 0) {
            throw ProductAdminService.invalid(own.field() + ".compareAtPrice", "must equal compareAtPrice (both are "
                    + "the product's currency)");
        }
        return own.compareAtPrice();
    }

    private static BadRequestException listedTwice(String field) {
        return ProductAdminService.invalid(field, "is listed twice");
    }
}
