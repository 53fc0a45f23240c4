package dev.comptoir.pricing;

import dev.comptoir.shared.error.BadRequestException;
import dev.comptoir.shared.error.BusinessRuleException;
import dev.comptoir.shared.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * SPEC §3b and ADR 0009 in order: subtotal; discount (at most the subtotal); shipping by zone, free
 * from the zone's threshold on (subtotal − discount) or with a free-shipping coupon; tax once per
 * order on (subtotal − discount), plus shipping when shipping is taxable — added on top in a
 * tax-exclusive market, extracted as base × r / (1 + r) in a tax-inclusive one; total. Each amount is
 * rounded half-up to the currency's decimals.
 */
final class TotalsCalculator {

    private final PricingProperties rules;

    TotalsCalculator(PricingProperties rules) {
        this.rules = rules;
    }

    /** The basket in the configured (default market's) rules. */
    Totals compute(BigDecimal subtotal, @Nullable BigDecimal discount, boolean freeShipping,
            @Nullable String countryOrNull, LocalDate orderDate) {
        return compute(rules.priceContext(), subtotal, discount, freeShipping, countryOrNull, orderDate);
    }

    Totals compute(PriceContext market, BigDecimal subtotal, @Nullable BigDecimal discount, boolean freeShipping,
            @Nullable String countryOrNull, LocalDate orderDate) {
        Objects.requireNonNull(orderDate, "orderDate");
        if (subtotal == null || subtotal.signum() < 0) {
            throw new IllegalArgumentException("subtotal must be zero or more, got " + subtotal);
        }
        if (discount != null && discount.signum() < 0) {
            throw new IllegalArgumentException("discount must be zero or more, got " + discount);
        }
        String currency = market.currency();
        String country = countryOrNull == null || countryOrNull.isBlank() ? market.displayCountry()
                : country(countryOrNull);
        ShippingZone zone = ShippingZone.zoneFor(market.zones(), country);
        if (zone == null) {
            throw new BusinessRuleException("shipping_unavailable", "We do not ship to " + country,
                    Map.of("country", country));
        }
        BigDecimal sub = Money.round(subtotal, currency);
        BigDecimal off = Money.round(discount == null ? BigDecimal.ZERO : discount, currency).min(sub);
        BigDecimal afterDiscount = sub.subtract(off);
        boolean free = freeShipping || zone.freeAbove() != null && afterDiscount.compareTo(zone.freeAbove()) >= 0;
        BigDecimal shipping = free ? Money.zero(currency) : Money.round(zone.flatRate(), currency);
        BigDecimal taxableBase = rules.tax().shippingTaxable() ? afterDiscount.add(shipping) : afterDiscount;
        BigDecimal rate = rules.tax().rateFor(country);
        BigDecimal tax;
        BigDecimal total;
        if (market.taxInclusive()) {
            // the tax the gross base contains, rounded once: base × r / (1 + r)
            tax = taxableBase.multiply(rate).divide(BigDecimal.ONE.add(rate), Money.decimals(currency),
                    RoundingMode.HALF_UP);
            total = afterDiscount.add(shipping);
        } else {
            tax = Money.round(taxableBase.multiply(rate), currency);
            total = afterDiscount.add(tax).add(shipping);
        }
        return new Totals(sub, off, taxableBase, rate, tax, shipping, total, currency, country, zone.name(),
                addBusinessDays(orderDate, zone.deliveryDaysMin()), addBusinessDays(orderDate, zone.deliveryDaysMax()),
                market.taxInclusive(), total.subtract(tax));
    }

    /** A net catalog price as the market shows it (VAT of the market's first country). */
    DisplayPrice displayPrices(BigDecimal net, PriceContext market) {
        BigDecimal excl = Money.round(net, market.currency());
        BigDecimal incl = Money.round(net.multiply(BigDecimal.ONE.add(taxRate(market.displayCountry()))),
                market.currency());
        return new DisplayPrice(market.taxInclusive() ? incl : excl, excl, incl);
    }

    /** The VAT rate of a country (a fraction, 0.20 for 20%); null is the default country. */
    BigDecimal taxRate(@Nullable String countryOrNull) {
        return rules.tax().rateFor(country(countryOrNull));
    }

    /** The destination: the given ISO 3166-1 alpha-2 code (any case), or the default country when none. */
    String country(@Nullable String countryOrNull) {
        if (countryOrNull == null || countryOrNull.isBlank()) {
            return rules.defaultCountry();
        }
        String code = countryOrNull.strip().toUpperCase(Locale.ROOT);
        if (!PricingProperties.ISO_COUNTRIES.contains(code)) {
            throw new BadRequestException("invalid_country",
                    "Country must be an ISO 3166-1 alpha-2 code such as FR or DE",
                    Map.of("country", code.length() <= 8 ? code : code.substring(0, 8)));
        }
        return code;
    }

    /** The date {@code days} business days (Monday to Friday) after {@code from}. */
    static LocalDate addBusinessDays(LocalDate from, int days) {
        LocalDate date = from;
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return date;
    }
}
