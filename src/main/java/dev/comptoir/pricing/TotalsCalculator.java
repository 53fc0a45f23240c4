package dev.comptoir.pricing;

import dev.comptoir.pricing.PricingProperties.Zone;
import dev.comptoir.shared.error.BadRequestException;
import dev.comptoir.shared.error.BusinessRuleException;
import dev.comptoir.shared.money.Money;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * SPEC §3b in order: subtotal; discount (at most the subtotal); tax = rate × (subtotal − discount),
 * plus shipping when shipping is taxable; shipping by zone, free from the zone's threshold on
 * (subtotal − discount) or with a free-shipping coupon; total. Each amount is rounded half-up to cents.
 */
final class TotalsCalculator {

    private final PricingProperties rules;

    TotalsCalculator(PricingProperties rules) {
        this.rules = rules;
    }

    Totals compute(BigDecimal subtotal, BigDecimal discount, boolean freeShipping, String countryOrNull,
            LocalDate orderDate) {
        Objects.requireNonNull(orderDate, "orderDate");
        if (subtotal == null || subtotal.signum() < 0) {
            throw new IllegalArgumentException("subtotal must be zero or more, got " + subtotal);
        }
        if (discount != null && discount.signum() < 0) {
            throw new IllegalArgumentException("discount must be zero or more, got " + discount);
        }
        String country = country(countryOrNull);
        Zone zone = rules.shipping().zoneFor(country);
        if (zone == null) {
            throw new BusinessRuleException("shipping_unavailable", "We do not ship to " + country,
                    Map.of("country", country));
        }
        BigDecimal sub = Money.round(subtotal);
        BigDecimal off = Money.round(discount == null ? BigDecimal.ZERO : discount).min(sub);
        BigDecimal net = sub.subtract(off);
        boolean free = freeShipping || zone.freeAbove() != null && net.compareTo(zone.freeAbove()) >= 0;
        BigDecimal shipping = free ? Money.round(BigDecimal.ZERO) : zone.flatRate();
        BigDecimal taxableBase = rules.tax().shippingTaxable() ? net.add(shipping) : net;
        BigDecimal rate = rules.tax().rateFor(country);
        BigDecimal tax = Money.round(taxableBase.multiply(rate));
        BigDecimal total = net.add(tax).add(shipping);
        return new Totals(sub, off, taxableBase, rate, tax, shipping, total, rules.currency(), country, zone.name(),
                addBusinessDays(orderDate, zone.deliveryDaysMin()), addBusinessDays(orderDate, zone.deliveryDaysMax()));
    }

    /** The destination: the given ISO 3166-1 alpha-2 code (any case), or the default country when none. */
    String country(String countryOrNull) {
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
